// Compiled twice: by MSBuild's RoslynCodeTaskFactory (build/LibTorchSharp.targets) and by the tests.
// libLibTorchSharp.so (TorchSharp 0.107) names GLIBCXX_3.4.32 (GCC 13), which Debian 12's libstdc++
// lacks, so dlopen fails. The one symbol bound to that version is never called, so marking the
// requirement weak (VER_FLG_WEAK in .gnu.version_r) lets the loader accept the library.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public enum ElfPatchOutcome { Weakened, AlreadyWeak, NotRequired }

public sealed class WeakenElfVersionRequirement : Microsoft.Build.Utilities.Task
{
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlagWeak = 0x2;

    [Required] public string LibraryPath { get; set; } = "";
    [Required] public string VersionName { get; set; } = "";
    [Required] public string SystemLibraryPath { get; set; } = "";

    public override bool Execute()
    {
        if (!File.Exists(LibraryPath) || !File.Exists(SystemLibraryPath))
        {
            return true;
        }
        if (SystemLibraryProvides(SystemLibraryPath, VersionName))
        {
            Log.LogMessage(MessageImportance.Low, "{0} provides {1}; {2} left as built.", SystemLibraryPath, VersionName, LibraryPath);
            return true;
        }
        var outcome = Weaken(LibraryPath, VersionName);
        Log.LogMessage(MessageImportance.Normal, "{0}: {1} requirement {2}.", LibraryPath, VersionName, outcome);
        return true;
    }

    /// <summary>True when the shared library defines the version (its name appears as a NUL-terminated string).</summary>
    public static bool SystemLibraryProvides(string systemLibraryPath, string versionName)
    {
        var bytes = File.ReadAllBytes(systemLibraryPath);
        var needle = Encoding.ASCII.GetBytes(versionName + "\0");
        for (var i = 0; i + needle.Length <= bytes.Length; i++)
        {
            var j = 0;
            while (j < needle.Length && bytes[i + j] == needle[j]) j++;
            if (j == needle.Length) return true;
        }
        return false;
    }

    /// <summary>Sets VER_FLG_WEAK on the version-needed entry named <paramref name="versionName"/>, in place.</summary>
    public static ElfPatchOutcome Weaken(string path, string versionName)
    {
        var elf = File.ReadAllBytes(path);
        var offset = FindVersionNeedEntry(elf, versionName, path);
        if (offset < 0)
        {
            return ElfPatchOutcome.NotRequired;
        }
        var flags = U16(elf, offset + 4);
        if ((flags & VerFlagWeak) != 0)
        {
            return ElfPatchOutcome.AlreadyWeak;
        }
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            var patched = BitConverter.GetBytes((ushort)(flags | VerFlagWeak));
            stream.Position = offset + 4;
            stream.Write(patched, 0, 2);
        }
        return ElfPatchOutcome.Weakened;
    }

    /// <summary>Reads the vna_flags of the named version requirement, or null when the library does not name it.</summary>
    public static ushort? ReadFlags(string path, string versionName)
    {
        var elf = File.ReadAllBytes(path);
        var offset = FindVersionNeedEntry(elf, versionName, path);
        return offset < 0 ? null : U16(elf, offset + 4);
    }

    // Returns the file offset of the Elf64_Vernaux entry whose name matches, or -1.
    private static int FindVersionNeedEntry(byte[] elf, string versionName, string path)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
        {
            throw new InvalidDataException($"{path} is not an ELF file.");
        }
        if (elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException($"{path} is not a 64-bit little-endian ELF file.");
        }
        var sectionTable = checked((int)U64(elf, 0x28));
        int sectionSize = U16(elf, 0x3A);
        int sectionCount = U16(elf, 0x3C);
        for (var i = 0; i < sectionCount; i++)
        {
            var header = sectionTable + i * sectionSize;
            if (U32(elf, header + 4) != ShtGnuVerneed)
            {
                continue;
            }
            var needOffset = checked((int)U64(elf, header + 0x18));
            var stringSection = (int)U32(elf, header + 0x28);
            var needCount = (int)U32(elf, header + 0x2C);
            var stringsOffset = checked((int)U64(elf, sectionTable + stringSection * sectionSize + 0x18));
            return FindInVerneed(elf, needOffset, needCount, stringsOffset, versionName);
        }
        return -1;
    }

    private static int FindInVerneed(byte[] elf, int need, int needCount, int stringsOffset, string versionName)
    {
        for (var n = 0; n < needCount; n++)
        {
            int auxCount = U16(elf, need + 2);
            var aux = need + (int)U32(elf, need + 8);
            for (var a = 0; a < auxCount; a++)
            {
                var nameOffset = stringsOffset + (int)U32(elf, aux + 8);
                var nameEnd = Array.IndexOf(elf, (byte)0, nameOffset);
                if (Encoding.ASCII.GetString(elf, nameOffset, nameEnd - nameOffset) == versionName)
                {
                    return aux;
                }
                aux += (int)U32(elf, aux + 12);
            }
            need += (int)U32(elf, need + 12);
        }
        return -1;
    }

    // ELF fields are little-endian here (checked in the header), as is every host this runs on.
    private static ushort U16(byte[] b, int at) => BitConverter.ToUInt16(b, at);
    private static uint U32(byte[] b, int at) => BitConverter.ToUInt32(b, at);
    private static ulong U64(byte[] b, int at) => BitConverter.ToUInt64(b, at);
}

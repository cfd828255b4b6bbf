using Microsoft.Extensions.Options;

namespace MnistBlazor.Web;

public static class CheckedOptions
{
    /// <summary>Binds <typeparamref name="T"/> from <paramref name="section"/> and checks it when the host starts with the
    /// options' own check, which throws naming the setting that cannot work (more use than a generic failure message).</summary>
    public static OptionsBuilder<T> AddCheckedOptions<T>(this IServiceCollection services, string section, Action<T> validate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validate);
        return services.AddOptions<T>()
            .BindConfiguration(section)
            .Validate(options =>
            {
                validate(options);
                return true;
            })
            .ValidateOnStart();
    }
}

# MnistBlazor.Web in Production: published with the shipped models, run as a non-root user on port 8080.
# Untested here: no Docker engine or container registry is reachable from the development machine (see README).
#   docker build -t mnistblazor .
#   docker run --rm -p 8080:8080 mnistblazor

# The SDK runs on the build machine's own platform and publishes for the image's (TARGETARCH, set by BuildKit).
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS publish
ARG TARGETARCH
WORKDIR /src
# The build files first, so that the restore layer is reused until a package or the project file changes.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY build/ build/
COPY MnistBlazor.Web/MnistBlazor.Web.csproj MnistBlazor.Web/
# One architecture: the image then carries ONNX Runtime's native library for its own platform, not for six others.
# (dotnet takes Docker's amd64 for x64.)
RUN dotnet restore MnistBlazor.Web/MnistBlazor.Web.csproj -a $TARGETARCH
COPY MnistBlazor.Web/ MnistBlazor.Web/
# The project's publish copies models/*.onnx, *.json and models/gate/ beside the dll, where the app looks first.
COPY models/ models/
RUN dotnet publish MnistBlazor.Web/MnistBlazor.Web.csproj -c Release -a $TARGETARCH --self-contained false --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=publish /app .
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# APP_UID is the unprivileged "app" user that the .NET images define.
USER $APP_UID
# No HEALTHCHECK: the aspnet image has no curl or wget; let the orchestrator probe GET /health (200 when models load).
ENTRYPOINT ["dotnet", "MnistBlazor.Web.dll"]

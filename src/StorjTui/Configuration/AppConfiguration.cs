using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StorjTui.Core.Input;
using StorjTui.Sandbox.Faults;
using StorjTui.Storj.Connections;

namespace StorjTui.Configuration;

/// <summary>
/// Loads settings in the documented order — defaults, then <c>config.json</c>, then <c>STORJ_TUI__*</c>
/// environment variables, then command-line switches — and validates them once, at start.
/// </summary>
internal static class AppConfiguration
{
    public const string EnvironmentPrefix = "STORJ_TUI__";

    private const string CustomRegion = "custom";

    // Names that would mean a secret sits in a plain config file, at any depth. Refused rather than silently used.
    // Compared with '_' and '-' removed, case-insensitively: a name containing one of the first, or equal to one of the second.
    private static readonly string[] SecretWords = ["password", "passphrase", "secret", "token"];
    private static readonly string[] SecretKeys = ["apikey", "restkey", "restapikey", "accessgrant", "access", "grant"];

    // The settings that take one value; a list or an object there is a mistake, not a reason to use the default.
    private static readonly string[] ScalarSettings =
        ["Region", "SatelliteUrl", "SatelliteNodeUrl", "Insecure", "LogLevel", "Ascii", "Timeout", "Sandbox:S3Gateway", "Sandbox:ProvisionCommand", "Sandbox:Port",
         "Sandbox:ObjectLockUI", "Sandbox:BucketEventingUI", "Sandbox:LogInCaptcha"];

    public static StorjTuiOptions Load(AppPaths paths, IReadOnlyDictionary<string, string?>? switches = null, IEnumerable<KeyValuePair<string, string?>>? environment = null)
    {
        var builder = new ConfigurationBuilder();
        AddConfigFile(builder, paths.ConfigFile);
        if (environment is null)
        {
            builder.AddEnvironmentVariables(EnvironmentPrefix);
        }
        else
        {
            builder.AddInMemoryCollection(environment
                .Where(e => e.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(e => KeyValuePair.Create(e.Key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), e.Value)));
        }
        if (switches is not null)
        {
            builder.AddInMemoryCollection(switches);
        }
        return Bind(builder.Build());
    }

    private static void AddConfigFile(ConfigurationBuilder builder, string file)
    {
        if (Directory.Exists(file))
        {
            throw new ConfigurationException($"{file} is a folder, not a config file: remove it or replace it with a JSON file.");
        }
        if (!File.Exists(file))
        {
            return;
        }
        byte[] bytes;
        try
        {
            bytes = BoundedReader.ReadFile(file, BoundedReader.SettingsBytes, file);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ConfigurationException($"Cannot read {file}: {e.Message} Fix its permissions or remove it.", e);
        }
        catch (InputTooLargeException e)
        {
            throw new ConfigurationException($"{e.Message}: a config file is a few lines of JSON; fix or remove it.", e);
        }
        // A UTF-8 byte-order mark is valid (editors on Windows write one), but the JSON reader refuses it.
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        // Parse first ourselves: the JSON provider's own errors do not say which file or line.
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{file} is not valid JSON (line {e.LineNumber + 1}): fix or remove it.", e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException($"{file} must hold a JSON object, e.g. {{\"Region\": \"eu1\"}}.");
            }
            CheckSettings(file, document.RootElement, "");
        }
        builder.AddJsonStream(new MemoryStream(bytes));
    }

    /// <summary>Refuses secrets (at any depth) and null values, naming the setting as "Section:Key".</summary>
    private static void CheckSettings(string file, JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                CheckSettings(file, item, path);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string name = path.Length == 0 ? property.Name : $"{path}:{property.Name}";
            if (LooksSecret(property.Name))
            {
                throw new ConfigurationException($"{file} has a \"{name}\" setting: secrets do not belong in the config file. Remove it; the app asks for secrets or reads them from stdin or the environment.");
            }
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                throw new ConfigurationException($"{file}: \"{name}\" is null: give it a value or remove the line.");
            }
            CheckSettings(file, property.Value, name);
        }
    }

    private static bool LooksSecret(string key)
    {
        string bare = key.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        return SecretWords.Any(w => bare.Contains(w, StringComparison.Ordinal)) || SecretKeys.Contains(bare);
    }

    private static StorjTuiOptions Bind(IConfiguration config)
    {
        foreach (string key in ScalarSettings)
        {
            if (config.GetSection(key).GetChildren().Any())
            {
                throw new ConfigurationException($"{key} must be a single value, not a list or an object (e.g. \"Region\": \"eu1\").");
            }
        }
        var warnings = new List<string>();
        string region = (config["Region"] ?? "us1").Trim().ToLowerInvariant();
        if (region != CustomRegion && SatelliteRegion.Find(region) is null)
        {
            string presets = string.Join(", ", SatelliteRegion.All.Select(r => r.Name));
            throw new ConfigurationException($"Unknown region '{region}': use {presets}, or custom (with SatelliteUrl and SatelliteNodeUrl).");
        }
        bool insecure = ParseBool(config, "Insecure") ?? false;
        Uri? satelliteUrl = ParseUrl(config, "SatelliteUrl", insecure);
        string? nodeUrl = config["SatelliteNodeUrl"];
        if (region == CustomRegion && (satelliteUrl is null || string.IsNullOrWhiteSpace(nodeUrl)))
        {
            throw new ConfigurationException("Region 'custom' needs SatelliteUrl (the console URL) and SatelliteNodeUrl (id@host:port).");
        }
        if (nodeUrl is not null && !IsNodeUrl(nodeUrl))
        {
            throw new ConfigurationException($"SatelliteNodeUrl '{nodeUrl}' is not a node URL: expected <node id>@<host>:<port>.");
        }
        var faults = ParseFaults(config.GetSection("Sandbox:Faults"));
        if (faults.Count > 0)
        {
            warnings.Add($"Sandbox:Faults is set: the sandbox breaks {faults.Count} kind(s) of request on purpose, for testing.");
        }
        if (insecure)
        {
            warnings.Add("--insecure is on: plain HTTP is allowed to non-loopback hosts, so passwords and keys may cross the network unencrypted.");
        }
        return new StorjTuiOptions
        {
            Region = region,
            SatelliteUrl = satelliteUrl,
            SatelliteNodeUrl = nodeUrl,
            Insecure = insecure,
            LogLevel = ParseLogLevel(config["LogLevel"]),
            Ascii = ParseBool(config, "Ascii"),
            SandboxS3Gateway = ParseUrl(config, "Sandbox:S3Gateway", insecure),
            SandboxProvisionCommand = config["Sandbox:ProvisionCommand"] is { Length: > 0 } c ? c : null,
            SandboxPort = ParsePort(config["Sandbox:Port"]),
            SandboxS3QuotaBytes = ParseQuota(config["Sandbox:S3QuotaBytes"]),
            SandboxFaults = faults,
            SandboxObjectLockUI = ParseBool(config, "Sandbox:ObjectLockUI") ?? true,
            SandboxBucketEventingUI = ParseBool(config, "Sandbox:BucketEventingUI") ?? true,
            SandboxLogInCaptcha = ParseBool(config, "Sandbox:LogInCaptcha") ?? false,
            Timeout = ParseTimeout(config["Timeout"]),
            Warnings = warnings,
        };
    }

    private static bool? ParseBool(IConfiguration config, string key) => config[key] switch
    {
        null or "" => null,
        var v when bool.TryParse(v, out bool b) => b,
        "1" or "yes" or "on" => true,
        "0" or "no" or "off" => false,
        var v => throw new ConfigurationException($"{key} = '{v}' is not true or false."),
    };

    private static LogLevel ParseLogLevel(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return LogLevel.Information;
        }
        return Enum.TryParse(value, ignoreCase: true, out LogLevel level) && Enum.IsDefined(level)
            ? level
            : throw new ConfigurationException($"LogLevel '{value}' is not one of Trace, Debug, Information, Warning, Error, Critical, None.");
    }

    private static int ParsePort(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535
            ? port
            : throw new ConfigurationException($"Sandbox port '{value}' is not a port number (0–65535).");
    }

    /// <summary>One string of specs separated by ';' (the environment), or a JSON array of specs (config.json).</summary>
    private static List<SandboxFault> ParseFaults(IConfigurationSection section)
    {
        var texts = new List<string>();
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            texts.Add(section.Value);
        }
        texts.AddRange(section.GetChildren().Select(c => c.Value).OfType<string>());
        try
        {
            return texts.SelectMany(FaultSpec.ParseList).ToList();
        }
        catch (FaultSpecException e)
        {
            throw new ConfigurationException($"Sandbox:Faults: {e.Message}", e);
        }
    }

    private static long ParseQuota(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1L << 30;
        }
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long bytes) && bytes > 0
            ? bytes
            : throw new ConfigurationException($"Sandbox:S3QuotaBytes '{value}' is not a positive number of bytes (default 1073741824, 1 GiB).");
    }

    private static TimeSpan ParseTimeout(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TimeSpan.FromSeconds(30);
        }
        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds) && seconds is >= 0.1 and <= 600
            ? TimeSpan.FromSeconds(seconds)
            : throw new ConfigurationException($"Timeout '{value}' is not a number of seconds from 0.1 to 600 (default 30).");
    }

    /// <summary>HTTPS only, except loopback; plain HTTP elsewhere needs --insecure.</summary>
    internal static Uri? ParseUrl(IConfiguration config, string key, bool insecure)
    {
        string? value = config[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ConfigurationException($"{key} '{value}' is not a URL: expected e.g. https://satellite.example.com.");
        }
        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback && !insecure)
        {
            throw new ConfigurationException($"{key} '{value}' uses plain HTTP to a non-loopback host: use https://, or pass --insecure if you accept sending credentials unencrypted.");
        }
        return uri;
    }

    private static bool IsNodeUrl(string value)
    {
        int at = value.IndexOf('@', StringComparison.Ordinal);
        int colon = value.LastIndexOf(':');
        return at > 0 && colon > at + 1 && int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and <= 65535;
    }
}

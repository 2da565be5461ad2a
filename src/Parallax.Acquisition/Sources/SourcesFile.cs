using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parallax.Acquisition.Sources;

/// <summary>
/// The sources file: the outlets a user follows, as JSON (<c>{"sources": [{"name": …, "homepage": …, "feeds": […],
/// "sitemaps": […], "language": "en", "country": "GB", "poll": "15m"}]}</c>). Read whole and checked entry by entry;
/// written whole through a temporary file, so a crash leaves the old file or the new one, never half of one.
/// </summary>
internal static class SourcesFile
{
    /// <summary>Where the file is looked for when <c>--sources</c> is not given.</summary>
    public const string EnvironmentVariable = "PARALLAX_SOURCES";

    public const string DefaultPath = "sources.json";

    public static string Resolve(string? option) =>
        !string.IsNullOrWhiteSpace(option) ? option
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env
        : DefaultPath;

    /// <summary>The sources in <paramref name="path"/>; none when it does not exist. Throws <see cref="SourcesException"/> naming the file and the entry.</summary>
    public static IReadOnlyList<Source> Load(string path)
    {
        if (!File.Exists(path))
            return [];
        FileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(File.ReadAllText(path, Encoding.UTF8), SourcesJsonContext.Default.FileDto);
        }
        catch (JsonException e)
        {
            throw new SourcesException($"{path}: not a sources file ({e.Message.Split('\n')[0]})");
        }
        var list = new List<Source>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        int n = 0;
        foreach (var s in dto?.Sources ?? [])
        {
            n++;
            var where = $"{path}: source {n}{(string.IsNullOrWhiteSpace(s.Name) ? "" : $" ({s.Name})")}";
            if (string.IsNullOrWhiteSpace(s.Name))
                throw new SourcesException($"{where}: no name");
            if (!names.Add(s.Name.Trim()))
                throw new SourcesException($"{where}: the name is used twice");
            var source = new Source
            {
                Name = s.Name.Trim(),
                Homepage = s.Homepage,
                Feeds = s.Feeds ?? [],
                Sitemaps = s.Sitemaps ?? [],
                Language = s.Language,
                Country = s.Country,
                Poll = s.Poll is null ? Source.DefaultPoll
                    : TryParseInterval(s.Poll, out var poll) ? poll
                    : throw new SourcesException($"{where}: poll '{s.Poll}' is not an interval such as 30s, 15m or 2h"),
            };
            Validate(source, where);
            list.Add(source);
        }
        return list;
    }

    /// <summary>Checks one source; throws <see cref="SourcesException"/> prefixed by <paramref name="where"/>.</summary>
    public static void Validate(Source source, string where)
    {
        foreach (var url in source.Listings.Append(source.Homepage ?? "https://x/"))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var u) || u.Scheme is not ("http" or "https"))
                throw new SourcesException($"{where}: '{url}' is not an http or https URL");
        }
        if (!source.Listings.Any() && source.Homepage is null)
            throw new SourcesException($"{where}: needs a feed, a sitemap or a homepage");
        if (source.Poll < Source.MinimumPoll)
            throw new SourcesException($"{where}: poll is shorter than {Source.MinimumPoll.TotalSeconds:0} s");
    }

    /// <summary>Writes the sources to <paramref name="path"/> whole (through a temporary file and a rename).</summary>
    public static void Save(string path, IReadOnlyList<Source> sources)
    {
        var dto = new FileDto
        {
            Sources = [.. sources.Select(s => new SourceDto
            {
                Name = s.Name,
                Homepage = s.Homepage,
                Feeds = s.Feeds.Count > 0 ? [.. s.Feeds] : null,
                Sitemaps = s.Sitemaps.Count > 0 ? [.. s.Sitemaps] : null,
                Language = s.Language,
                Country = s.Country,
                Poll = FormatInterval(s.Poll),
            })],
        };
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(dto, SourcesJsonContext.Default.FileDto) + "\n", new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }

    /// <summary>"90s", "15m", "2h", "1d", or a number of seconds.</summary>
    public static bool TryParseInterval(string text, out TimeSpan interval)
    {
        interval = default;
        text = text.Trim();
        if (text.Length == 0)
            return false;
        char unit = char.ToLowerInvariant(text[^1]);
        double scale = unit switch { 's' => 1, 'm' => 60, 'h' => 3600, 'd' => 86400, _ => 0 };
        var number = scale > 0 ? text[..^1] : text;
        if (scale == 0)
            scale = 1;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 365 * 86400 / scale)
            return false;
        interval = TimeSpan.FromSeconds(value * scale);
        return true;
    }

    public static string FormatInterval(TimeSpan t) =>
        t.TotalSeconds % 86400 == 0 ? $"{t.TotalDays:0}d"
        : t.TotalSeconds % 3600 == 0 ? $"{t.TotalHours:0}h"
        : t.TotalSeconds % 60 == 0 ? $"{t.TotalMinutes:0}m"
        : $"{t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)}s";

    internal sealed class FileDto
    {
        [JsonPropertyName("sources")]
        public List<SourceDto>? Sources { get; set; }
    }

    internal sealed class SourceDto
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("homepage")]
        public string? Homepage { get; set; }

        [JsonPropertyName("feeds")]
        public List<string>? Feeds { get; set; }

        [JsonPropertyName("sitemaps")]
        public List<string>? Sitemaps { get; set; }

        [JsonPropertyName("language")]
        public string? Language { get; set; }

        [JsonPropertyName("country")]
        public string? Country { get; set; }

        [JsonPropertyName("poll")]
        public string? Poll { get; set; }
    }
}

/// <summary>A sources file that cannot be used, with the one-line reason naming the file and the entry.</summary>
internal sealed class SourcesException(string message) : Exception(message);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(SourcesFile.FileDto))]
internal sealed partial class SourcesJsonContext : JsonSerializerContext;

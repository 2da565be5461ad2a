namespace Parallax.Model;

/// <summary>What an input is, which decides the extractor that reads it.</summary>
public enum DocumentFormat
{
    /// <summary>Plain text: a scrape or a text file.</summary>
    PlainText,
    /// <summary>An HTML page.</summary>
    Html,
}

/// <summary>Fields a JSONL line supplied. Given fields win over extracted ones.</summary>
public sealed record GivenFields
{
    /// <summary>The article's id.</summary>
    public string? Id { get; init; }
    /// <summary>The article's URL.</summary>
    public string? Url { get; init; }
    /// <summary>The outlet's name.</summary>
    public string? Outlet { get; init; }
    /// <summary>The headline.</summary>
    public string? Title { get; init; }
    /// <summary>The publication date as given (ISO 8601 or a common date form).</summary>
    public string? Published { get; init; }
    /// <summary>The authors' names.</summary>
    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary>True when the line gave <c>text</c>: it is taken as already clean, so spans index into it exactly.</summary>
    public bool TextIsClean { get; init; }
}

/// <summary>One decoded input before extraction: a file, a JSONL line or standard input.</summary>
public sealed record RawDocument(string Source, DocumentFormat Format, string Content)
{
    /// <summary>Set for JSONL lines.</summary>
    public GivenFields? Given { get; init; }

    /// <summary>1-based line number within a JSONL file, for messages and stable ids.</summary>
    public int? Line { get; init; }
}

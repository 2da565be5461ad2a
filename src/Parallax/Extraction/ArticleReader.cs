using System.Runtime.CompilerServices;
using Parallax.Extraction.Inputs;
using Parallax.Model;

namespace Parallax.Extraction;

/// <summary>One article read from the inputs, or the error that took its place.</summary>
public readonly record struct ArticleResult(Article? Article, InputError? Error, int? Line)
{
    /// <summary>A one-line note on an article that was read but not whole (its text cut at a budget of docs/limits.md); null otherwise.</summary>
    public InputError? Warning { get; init; }
}

/// <summary>
/// Inputs to articles: <see cref="InputReader"/> then <see cref="ArticleExtractor"/>, with ids kept unique
/// within the run. A document whose extraction fails, or leaves no text, becomes an error naming it.
/// </summary>
public sealed class ArticleReader(InputReader? inputs = null, ArticleExtractor? extractor = null)
{
    private readonly InputReader _inputs = inputs ?? new InputReader();
    private readonly ArticleExtractor _extractor = extractor ?? new ArticleExtractor();

    /// <summary>Reads files, folders and <c>-</c> (standard input), in order, one result per document or error.</summary>
    public IEnumerable<ArticleResult> Read(IEnumerable<string> paths)
    {
        var ids = new ArticleIds.Allocator();
        foreach (var item in _inputs.Read(paths))
            yield return ToArticle(item, ids);
    }

    /// <summary>
    /// Extracts the documents of a source (<c>IDocumentSource.ReadAsync</c>), in order, one result per document or
    /// error; stops when <paramref name="cancel"/> is cancelled.
    /// </summary>
    public async IAsyncEnumerable<ArticleResult> ReadAsync(IAsyncEnumerable<InputItem> documents, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        var ids = new ArticleIds.Allocator();
        await foreach (var item in documents.WithCancellation(cancel))
            yield return ToArticle(item, ids);
    }

    /// <summary>One document alone (a queued job): its id is unique only within itself, the caller makes it unique within its run.</summary>
    internal ArticleResult ExtractOne(RawDocument document) => ToArticle(InputItem.Of(document), new ArticleIds.Allocator());

    /// <summary>"no article text found", with the page's own reason when it is HTML ("all 3 visible words are link text").</summary>
    private static string NoTextMessage(RawDocument doc) =>
        doc.Format == DocumentFormat.Html && doc.Given is not { TextIsClean: true }
            ? $"no article text found: {Html.EmptyPageReason.Of(doc.Content).Reason}"
            : "no article text found";

    private ArticleResult ToArticle(InputItem item, ArticleIds.Allocator ids)
    {
        if (item.Error is { } error)
            return new ArticleResult(null, error, null);
        var doc = item.Document!;
        var name = doc.Line is { } l ? $"{doc.Source}:{l}" : doc.Source;
        // Text that is not HTML is cut before extraction too: extraction of plain text is linear but slower per
        // character than the analysis (16 MiB of one-word paragraphs took 8 s), and what lies past the budget
        // would be cut afterwards anyway. HTML is parsed whole: its markup does not say where the text budget falls.
        int inputChars = doc.Content.Length;
        if (doc.Format != DocumentFormat.Html && inputChars > MaxPlainInputChars)
            doc = doc with { Content = doc.Content[..CutAt(doc.Content, MaxPlainInputChars)] };
        Article article;
        try
        {
            article = _extractor.Extract(doc);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new ArticleResult(null, new InputError(name, $"could not extract an article ({e.GetType().Name}: {e.Message})"), doc.Line);
        }
        if (string.IsNullOrWhiteSpace(article.Text))
            return new ArticleResult(null, new InputError(name, NoTextMessage(doc)), doc.Line);
        if (ArticleIdRule.Problem(article.Id) is { } idProblem)
            return new ArticleResult(null, new InputError(name, $"the id '{ArticleIdRule.Shown(article.Id)}' cannot be used: {idProblem}"), doc.Line);
        bool cut = doc.Content.Length < inputChars;
        if (article.Text.Length > Budgets.MaxArticleChars)
        {
            article = article with { Text = article.Text[..CutAt(article.Text, Budgets.MaxArticleChars)] };
            cut = true;
        }
        var warning = item.Warning;
        if (cut)
        {
            var note = $"article text cut to its first {article.Text.Length:N0} of {Math.Max(inputChars, article.Text.Length):N0} characters (the analysis budget; docs/limits.md)";
            warning = new InputError(name, warning is null ? note : $"{warning.Reason}; {note}");
        }
        var id = ids.Claim(article.Id);
        return new ArticleResult(id == article.Id ? article : article with { Id = id }, null, doc.Line) { Warning = warning };
    }

    /// <summary>
    /// Characters of a plain-text input read by extraction: the clean-text budget and a quarter more for the header,
    /// footer and junk lines extraction removes.
    /// </summary>
    internal const int MaxPlainInputChars = Budgets.MaxArticleChars + Budgets.MaxArticleChars / 4;

    /// <summary>Where to cut a text longer than <paramref name="limit"/>: the last paragraph break before it, else the last line break or white space, else the limit.</summary>
    internal static int CutAt(string text, int limit)
    {
        int floor = limit / 2;
        int cut = text.LastIndexOf("\n\n", limit - 1, limit - floor, StringComparison.Ordinal);
        if (cut < 0)
            cut = text.LastIndexOf('\n', limit - 1, limit - floor);
        if (cut < 0)
        {
            cut = limit;
            while (cut > floor && !char.IsWhiteSpace(text[cut - 1]))
                cut--;
            if (cut == floor)
                cut = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        }
        return cut;
    }
}

using System.Text;
using AngleSharp.Dom;

namespace Parallax.Extraction.Html;

/// <summary>What kind of element a paragraph came from, which decides how it is judged and kept.</summary>
internal enum BlockKind : byte
{
    Text,      // a div or other container's own text
    Paragraph, // <p>
    Heading,   // <h2>..<h6>
    Title,     // <h1>: the headline, kept out of the body
    ListItem,  // <li>, <dd>, <dt>
    Quote,     // <blockquote>
    Preformatted,
    Cell,      // <td>, <th>
}

/// <summary>One paragraph of visible text: its collapsed text, how much of it is link text, and the element that holds it.</summary>
internal readonly record struct TextBlock(string Text, int LinkChars, int Element, BlockKind Kind)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}

/// <summary>One element of the page, by pre-order index: its parent and the facts scoring needs.</summary>
internal struct ElementInfo
{
    public IElement Element;
    public int Parent;
    public string Tag;
    public bool Boilerplate;   // its own class/id/role says page furniture
    public bool BodyHint;      // its own class/id/itemprop says article body
    public bool WeakFurniture; // only a page-builder word (widget, read-more) names it: furniture unless it reads as prose
    public bool Comments;      // its class/id names a comment thread
}

/// <summary>
/// The page flattened in one walk: elements with their parents and hints, and the visible text cut into
/// paragraphs at block tags, with whitespace collapsed. Skipped tags (scripts, media, form controls,
/// asides, captions) and hidden elements leave nothing. Text lengths are summed bottom-up once, so no
/// subtree's text is read twice.
/// </summary>
internal sealed class PageBlocks
{
    /// <summary>Deeper than this, a subtree's structure is ignored and its text read flat (guards the stack on malformed pages).</summary>
    private const int MaxDepth = 256;

    public List<ElementInfo> Elements { get; } = new(1024);
    public List<TextBlock> Blocks { get; } = new(256);

    /// <summary>The visible <c>&lt;figcaption&gt;</c> texts in page order (skipped as body text; a gallery's text may be all in them).</summary>
    public List<string> Captions { get; } = [];

    private readonly StringBuilder _text = new();
    private int _linkChars;
    private int _linkDepth;
    private bool _pendingSpace;

    public static PageBlocks Read(IElement root)
    {
        var page = new PageBlocks();
        page.Visit(root, -1, 0);
        page.Flush(0, BlockKind.Text);
        return page;
    }

    private int _currentOwner;
    private BlockKind _currentKind = BlockKind.Text;

    private void Visit(IElement element, int parent, int depth)
    {
        var tag = element.LocalName;
        if (HtmlHints.SkippedTags.Contains(tag) || (IsHidden(element) && !IsSwappedIn(element)))
        {
            if (tag == "figcaption" && !IsHidden(element))
                Captions.Add(Metadata.TextNormalizer.Collapse(element.TextContent));
            return;
        }

        int index = Elements.Count;
        Elements.Add(new ElementInfo
        {
            Element = element,
            Parent = parent,
            Tag = tag,
            Boilerplate = IsBoilerplate(element, out var judged) || HtmlHints.FurnitureTags.Contains(tag),
            BodyHint = judged.BodyHint,
            WeakFurniture = judged.Weak,
            Comments = judged.Comments,
        });

        bool block = HtmlHints.BlockTags.Contains(tag);
        int savedOwner = _currentOwner;
        var savedKind = _currentKind;
        if (block)
        {
            Flush(_currentOwner, _currentKind);
            _currentOwner = index;
            _currentKind = KindOf(tag, savedKind);
        }
        bool link = tag == "a" && !IsScriptWrapper(element);
        if (link)
            _linkDepth++;

        if (depth >= MaxDepth)
        {
            AppendText(element.TextContent);
        }
        else
        {
            // By index: AngleSharp's NextSibling looks the node up in its parent's list, so a walk by siblings is
            // quadratic in a parent's children (400,000 sibling divs never finished).
            var children = element.ChildNodes;
            for (int c = 0; c < children.Length; c++)
            {
                var child = children[c];
                if (child is IElement e)
                    Visit(e, index, depth + 1);
                else if (child.NodeType == NodeType.Text)
                    AppendText(child.NodeValue ?? "");
            }
        }

        if (link)
            _linkDepth--;
        if (block)
        {
            Flush(_currentOwner, _currentKind);
            _currentOwner = savedOwner;
            _currentKind = savedKind;
        }
    }

    /// <summary>A block inside a list item or quote keeps that kind, so the item's paragraphs stay items.</summary>
    private static BlockKind KindOf(string tag, BlockKind outer) => tag switch
    {
        "p" => outer is BlockKind.Quote or BlockKind.ListItem ? outer : BlockKind.Paragraph,
        "h1" => BlockKind.Title,
        "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dd" or "dt" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        "pre" => BlockKind.Preformatted,
        "td" or "th" => BlockKind.Cell,
        _ => outer is BlockKind.Quote or BlockKind.ListItem or BlockKind.Cell ? outer : BlockKind.Text,
    };

    private void AppendText(string s)
    {
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }
            if (_pendingSpace && _text.Length > 0)
            {
                _text.Append(' ');
                if (_linkDepth > 0)
                    _linkChars++;
            }
            _pendingSpace = false;
            _text.Append(c);
            if (_linkDepth > 0)
                _linkChars++;
        }
    }

    private void Flush(int owner, BlockKind kind)
    {
        _pendingSpace = false;
        if (_text.Length == 0)
            return;
        Blocks.Add(new TextBlock(_text.ToString(), _linkChars, owner, kind));
        _text.Clear();
        _linkChars = 0;
    }

    /// <summary>
    /// An <c>&lt;a href="javascript:…"&gt;</c> wrapped around block elements (paragraphs, divs) goes nowhere:
    /// a script's click handler over content, whose text is the page's own, not link text. A bare
    /// <c>javascript:</c> control ("Show more") holds no block and stays a link.
    /// </summary>
    private static bool IsScriptWrapper(IElement a)
    {
        var href = a.GetAttribute("href");
        if (href is null || !href.AsSpan().TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var child = a.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName is "p" or "div")
                return true;
        }
        return false;
    }

    /// <summary>The segment ids ("S:0") the page's own streaming script moves into place, read once per page when first needed.</summary>
    private HashSet<string>? _swappedIn;

    /// <summary>
    /// A hidden segment of a server-streamed page (<c>&lt;div hidden id="S:0"&gt;</c>) that the page's own
    /// template-swap call (<c>$RC("B:0","S:0")</c>, <c>$RS("S:1","P:1")</c>) reveals: content, not hidden.
    /// Only elements with such an id ask, so other pages never read their scripts.
    /// </summary>
    private bool IsSwappedIn(IElement e)
    {
        if (e.Id is not { Length: >= 3 } id || id[1] != ':' || id[0] is not ('S' or 'P'))
            return false;
        if (_swappedIn is null)
        {
            _swappedIn = new HashSet<string>(StringComparer.Ordinal);
            foreach (var script in e.Owner?.Scripts ?? Enumerable.Empty<AngleSharp.Html.Dom.IHtmlScriptElement>())
            {
                var code = script.Text;
                if (code.IndexOf("$R", StringComparison.Ordinal) < 0)
                    continue;
                foreach (System.Text.RegularExpressions.Match m in HtmlHints.StreamSwapCall().Matches(code))
                {
                    _swappedIn.Add(m.Groups["first"].Value);
                    _swappedIn.Add(m.Groups["second"].Value);
                }
            }
        }
        return _swappedIn.Contains(id);
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden"))
            return true;
        if (e.GetAttribute("class") is { Length: > 0 } cls && HtmlHints.UnshownWords().IsMatch(cls))
            return true;
        var style = e.GetAttribute("style");
        if (style is null)
            return false;
        var s = style.AsSpan();
        return ContainsNoSpace(s, "display:none") || ContainsNoSpace(s, "visibility:hidden");
    }

    /// <summary>Whether <paramref name="haystack"/> with its spaces removed contains <paramref name="needle"/> (case-insensitive).</summary>
    private static bool ContainsNoSpace(ReadOnlySpan<char> haystack, string needle)
    {
        Span<char> buffer = stackalloc char[Math.Min(haystack.Length, 256)];
        int n = 0;
        foreach (char c in haystack)
        {
            if (n == buffer.Length)
                break;
            if (!char.IsWhiteSpace(c))
                buffer[n++] = char.ToLowerInvariant(c);
        }
        return buffer[..n].IndexOf(needle.AsSpan()) >= 0;
    }

    private static string? WithoutPostClasses(string? cls)
    {
        if (cls is null || cls.IndexOf('-') < 0)
            return cls;
        var tokens = cls.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int kept = 0;
        foreach (var token in tokens)
        {
            bool post = false;
            foreach (var prefix in HtmlHints.PostClassPrefixes)
                post |= token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
            if (!post)
                tokens[kept++] = token;
        }
        return kept == tokens.Length ? cls : string.Join(' ', tokens, 0, kept);
    }

    /// <summary>Class/id/role strings already judged on this page (pages repeat the same classes many times).</summary>
    private readonly Dictionary<string, Judgement> _judged = new(StringComparer.Ordinal);

    /// <summary>What an element's class/id/role words say of it.</summary>
    private readonly record struct Judgement(bool Boilerplate, bool BodyHint, bool Weak = false, bool Comments = false);

    private bool IsBoilerplate(IElement e, out Judgement judged)
    {
        judged = default;
        var cls = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        if (id is not null && IsHeadingSlug(e, id))
            id = null; // "sharing-with-a-single-developer" names its section's heading, not a share bar
        var role = e.GetAttribute("role");
        var itemprop = e.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            judged = new Judgement(false, true);
            return false;
        }
        if (cls is null && id is null && role is null)
            return false;
        var key = string.Concat(cls, " ", id, " ", role);
        if (!_judged.TryGetValue(key, out judged))
        {
            judged = Judge(cls, id, role, key);
            _judged[key] = judged;
        }
        return judged.Boilerplate;
    }

    /// <summary>How many leading children are looked at for the heading an id may be the anchor of.</summary>
    private const int MaxHeadingPosition = 3;

    /// <summary>
    /// An id that is the anchor slug of the element's own heading (documentation and wiki sections:
    /// id "sharing-with-a-single-developer" over "Sharing with a single developer ¶"): its words are the
    /// heading's, not a furniture name.
    /// </summary>
    private static bool IsHeadingSlug(IElement e, string id)
    {
        if (id.Length < MinSlugLength)
            return false;
        int seen = 0;
        for (var child = e.FirstElementChild; child is not null && seen < MaxHeadingPosition; child = child.NextElementSibling, seen++)
        {
            if (child.LocalName is not ("h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
                continue;
            return SlugEquals(child.TextContent, id);
        }
        return false;
    }

    /// <summary>Ids shorter than this are not compared with headings.</summary>
    private const int MinSlugLength = 8;

    /// <summary>Whether the id spells the heading's words (letters and digits, case-folded; separators ignored).</summary>
    private static bool SlugEquals(string heading, string id)
    {
        int i = 0;
        foreach (char c in heading)
        {
            if (!char.IsLetterOrDigit(c))
                continue;
            while (i < id.Length && !char.IsLetterOrDigit(id[i]))
                i++;
            if (i >= id.Length || char.ToLowerInvariant(id[i]) != char.ToLowerInvariant(c))
                return false;
            i++;
        }
        while (i < id.Length && !char.IsLetterOrDigit(id[i]))
            i++;
        return i == id.Length && i > 0;
    }

    private static Judgement Judge(string? cls, string? id, string? role, string key)
    {
        var words = key.ToLowerInvariant();
        if (HtmlHints.BodyWords().IsMatch(words))
            return new Judgement(false, true);
        if (HtmlHints.EmbeddedPostWords().IsMatch(words))
            return new Judgement(false, false);
        var furnitureWords = string.Concat(WithoutPostClasses(cls), " ", id, " ", role).ToLowerInvariant();
        if (HtmlHints.BoilerplateWords().IsMatch(furnitureWords))
            return new Judgement(true, false, Comments: HtmlHints.CommentWords().IsMatch(furnitureWords));
        return new Judgement(false, false, Weak: HtmlHints.WeakFurnitureWords().IsMatch(furnitureWords));
    }
}

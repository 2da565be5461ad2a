namespace Parallax.Extraction.Boilerplate;

/// <summary>
/// Judges one line (or paragraph) of text on its own: teaser header, one of the junk-line families,
/// a widget dump or markup. Thread-safe and allocation-light; usable by the HTML path on block text.
/// </summary>
internal static class BoilerplateLineClassifier
{
    public static BoilerplateKind Classify(string line)
    {
        if (line.Length == 0)
            return BoilerplateKind.None;
        var dump = WidgetDumps.Classify(line);
        if (dump != BoilerplateKind.None)
            return dump;
        if (TeaserHeaders.IsHeader(line))
            return BoilerplateKind.TeaserHeader;
        if (TeaserHeaders.IsInlineTeaser(line))
            return BoilerplateKind.InlineTeaser;
        var junk = JunkLineRules.Classify(line);
        return junk != BoilerplateKind.None ? junk : FooterFamilies.Classify(line, FooterFamilies.Anywhere);
    }
}

using Parallax.Extraction.PlainText;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Extraction;

public class PlainTextArticleParserTests
{
    private static readonly PlainTextArticleParser Parser = new();

    [Fact]
    public void Non_breaking_spaces_inside_lines_are_kept()
    {
        var fields = Parser.Parse("Quay wall repaired\n\nWork finished on\u00A0Friday,\u00A0 the port said.\n");
        Assert.Equal("Work finished on\u00A0Friday,\u00A0 the port said.", fields.Text);
    }

    [Fact]
    public void Windows_line_endings_and_surrounding_white_space_are_trimmed()
    {
        var fields = Parser.Parse("\r\n  Quay wall repaired  \r\n\r\n   Work finished on Friday.   \r\n\r\n\r\nThe port reopened.\r\n");
        Assert.Equal("Quay wall repaired", fields.Title);
        Assert.Equal("Work finished on Friday.\n\nThe port reopened.", fields.Text);
    }

    [Fact]
    public void A_title_alone_gives_empty_text()
    {
        var fields = Parser.Parse("Only a headline\n");
        Assert.Equal("Only a headline", fields.Title);
        Assert.Equal("", fields.Text);
    }

    [Fact]
    public void Blank_input_gives_nothing()
    {
        var fields = Parser.Parse(" \n\n ");
        Assert.Null(fields.Title);
        Assert.Equal("", fields.Text);
    }

    [Fact]
    public void Fields_record_their_origins()
    {
        var fields = Parser.Parse("VIDEO: Quay wall repaired\n\nMay 4, 2021\n\nBy Jane Roe\n\nHULLSBY (Reuters) - Work finished on Friday.");
        Assert.Equal(FieldOrigin.TextHeader, fields.Origins["Title"]);
        Assert.Equal(FieldOrigin.TextHeader, fields.Origins["Kind"]);
        Assert.Equal(FieldOrigin.TextHeader, fields.Origins["Published"]);
        Assert.Equal(FieldOrigin.VisibleByline, fields.Origins["Authors"]);
        Assert.Equal(FieldOrigin.Dateline, fields.Origins["Dateline"]);
        Assert.Equal(FieldOrigin.Dateline, fields.Origins["Outlet"]);
    }

    [Fact]
    public void A_long_paragraph_of_junk_lookalikes_stays_linear_in_time()
    {
        // Many dashes and capitals in one line: the dateline and outlet rules must not backtrack badly.
        var line = string.Concat(Enumerable.Repeat("ALPHA - BETA – GAMMA, DELTA (", 2000));
        var fields = Parser.Parse("Title\n\n" + line + "\n\nThe end.");
        Assert.EndsWith("The end.", fields.Text);
    }

    [Fact]
    public void Seed_articles_give_their_header_fields()
    {
        var seeds = SharedData.RequirePath("seeds");
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            var fields = Parser.Parse(File.ReadAllText(file));
            Assert.False(string.IsNullOrEmpty(fields.Title));
            Assert.False(string.IsNullOrEmpty(fields.Outlet));
            Assert.NotEmpty(fields.Text);
            Assert.DoesNotContain("string(", fields.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("© Harbor Ledger 2025. Reproduction without permission is prohibited.", "Harbor Ledger")]
    [InlineData("© 2024 The Coastal Herald. All rights reserved.", "The Coastal Herald")]
    [InlineData("Copyright (c) 2019-2025 Daily Courier Ltd | Privacy | Terms", "Daily Courier")]
    [InlineData("Copyright © 2023, Northfield Media Group, Inc.", "Northfield Media Group")]
    [InlineData("(C) Valley Sentinel, all rights reserved", "Valley Sentinel")]
    [InlineData("© 2022 reuters. All rights reserved.", null)]
    [InlineData("© Jane Roe", null)]
    [InlineData("Copyright law changed in 2019, the court said.", null)]
    [InlineData("The Harbor Ledger 2025", null)]
    public void A_copyright_footer_names_the_publisher(string line, string? owner)
    {
        var fields = Parser.Parse($"Ferry fares frozen\n\nThe council froze ferry fares for a year on Monday.\n\n{line}\n");
        Assert.Equal(owner, fields.Outlet);
        if (owner is not null)
            Assert.Equal(FieldOrigin.TextBody, fields.Origins["Outlet"]);
    }

    [Fact]
    public void A_copyright_footer_is_the_outlet_of_last_resort()
    {
        var fields = Parser.Parse("Ferry fares frozen\n\nHULLSBY (Reuters) - The council froze ferry fares.\n\n© 2025 The Coastal Herald. All rights reserved.\n");
        Assert.Equal("Reuters", fields.Outlet);
        Assert.Equal("The council froze ferry fares.", fields.Text);
    }
}

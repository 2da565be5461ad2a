using System.Text;
using Microsoft.AspNetCore.Http;
using Parallax.Ingestion;
using Parallax.Store;
using Parallax.Web.Api;
using Parallax.Web.Services;
using static Parallax.Web.Pages.Page;

namespace Parallax.Web.Pages;

/// <summary>
/// <c>/add</c>: upload article files or paste one; the ingest runs as a job whose page follows its
/// progress (it reloads itself until done: no script needed).
/// </summary>
internal static class AddPage
{
    public static IResult Get() => Html("Add articles", b =>
    {
        b.Append("<h1>Add articles</h1>")
            .Append("<form class=\"add\" method=\"post\" action=\"/add\" enctype=\"multipart/form-data\">")
            .Append("<fieldset><legend>Upload files</legend><p class=\"meta\">.txt, .html, .htm, .jsonl, each optionally .gz</p>")
            .Append("<input type=\"file\" name=\"files\" multiple accept=\".txt,.html,.htm,.jsonl,.gz\"></fieldset>")
            .Append("<fieldset><legend>Or paste an article</legend>")
            .Append("<label>Title <input name=\"title\" maxlength=\"500\"></label>")
            .Append("<label>Outlet <input name=\"outlet\" maxlength=\"200\"></label>")
            .Append("<label>Published <input type=\"date\" name=\"published\"></label>")
            .Append("<label>URL <input type=\"url\" name=\"url\" maxlength=\"2000\"></label>")
            .Append("<label>Text or HTML <textarea name=\"text\" rows=\"12\"></textarea></label></fieldset>")
            .Append("<button>Add</button></form>");
    });

    public static async Task<IResult> Post(HttpRequest request, IngestJobs jobs, ServeOptions options)
    {
        if (!request.HasFormContentType)
            return BadRequest("Send the form: files, or a pasted text.");
        Uploads.Form form;
        try
        {
            form = await Uploads.ReadFormAsync(request, options.MaxBodyBytes);
        }
        catch (Exception e) when (e is Uploads.TooLargeException || e is BadHttpRequestException { StatusCode: 413 })
        {
            return Html("Too large", b => b.Append("<h1>Too large</h1><p>The limit is ")
                .Append(options.MaxBodyBytes / (1024 * 1024)).Append(" MiB per upload: send fewer files at a time.</p>"), 413);
        }
        catch (Uploads.MalformedException e)
        {
            return BadRequest($"The upload could not be read: {e.Message}.");
        }
        var files = form.Files.Where(f => f.Content.Length > 0).ToList();
        string Field(string name) => form.Fields.TryGetValue(name, out var v) ? v : "";
        var text = Field("text");
        if (!string.IsNullOrWhiteSpace(text))
            files.Add(Pasted(text, Field("title"), Field("outlet"), Field("published"), Field("url")));
        if (files.Count == 0)
            return BadRequest("Nothing to add: choose files or paste a text.");
        var job = jobs.Start(files);
        return Results.Redirect("/jobs/" + job.Id, permanent: false, preserveMethod: false);
    }

    /// <summary>A pasted article as one JSONL line, so that its given fields win as in any JSONL input.</summary>
    internal static Upload Pasted(string text, string? title, string? outlet, string? published, string? url)
    {
        var isHtml = text.TrimStart().StartsWith('<');
        var line = new Dictionary<string, string> { [isHtml ? "html" : "text"] = text };
        void Put(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                line[key] = value.Trim();
        }
        Put("title", title);
        Put("outlet", outlet);
        Put("published", published);
        Put("url", url);
        line["id"] = "pasted-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        return new Upload("pasted.jsonl", Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(line) + "\n"));
    }

    public static IResult Job(string id, IngestJobs jobs)
    {
        var job = jobs.Find(id);
        if (job is null)
            return NotFound("There is no such ingest (jobs are kept for the last 100 uploads).");
        return Html("Adding articles", b =>
        {
            b.Append("<h1>Adding articles</h1><p class=\"progress\">");
            if (!job.Finished)
                b.Append("Working: ").Append(job.Done).Append(job.Total is { } t ? $" of {t}" : "").Append(" read…");
            else if (job.Failure is not null)
                b.Append("Stopped: ").Append(E(job.Failure));
            else
                b.Append("Done: ").Append(Plural(job.Done, "input")).Append(" read.");
            b.Append("</p>");
            if (job.Total is > 0 && !job.Finished)
                b.Append("<progress max=\"").Append(job.Total).Append("\" value=\"").Append(job.Done).Append("\"></progress>");
            if (job.Results.Count > 0)
            {
                b.Append("<table class=\"results\"><tr><th>article</th><th>story</th><th>outcome</th></tr>");
                foreach (var r in job.Results)
                {
                    var outcome = r.Outcome switch
                    {
                        IngestOutcome.Added => "added",
                        IngestOutcome.NewVersion => "new version",
                        _ => "already stored",
                    };
                    b.Append("<tr><td><a href=\"/articles/").Append(A(U(r.ArticleId))).Append("\">").Append(E(r.ArticleId)).Append("</a></td>")
                        .Append("<td><a href=\"/stories/").Append(A(r.Story)).Append("\">").Append(E(r.Story)).Append("</a></td><td>").Append(outcome).Append("</td></tr>");
                }
                b.Append("</table>");
            }
            if (job.Errors.Count > 0)
            {
                b.Append("<h2>Not added</h2><ul class=\"errors\">");
                foreach (var e in job.Errors)
                    b.Append("<li>").Append(E(System.IO.Path.GetFileName(e.Source))).Append(": ").Append(E(e.Reason)).Append("</li>");
                b.Append("</ul>");
            }
        }, refresh: job.Finished ? null : "1");
    }
}

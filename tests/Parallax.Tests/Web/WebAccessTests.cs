using System.Net;
using System.Net.Http.Headers;
using Parallax.Web;

namespace Parallax.Tests.Web;

/// <summary>A server started with an access token, as it must be when it listens beyond loopback.</summary>
public sealed class WebAccessTests(WebAccessTests.TokenServer server) : IClassFixture<WebAccessTests.TokenServer>
{
    public sealed class TokenServer : IAsyncLifetime
    {
        public WebServerFixture Inner { get; } = new() { Token = "Kq7vR2xW9mTz4bN8pL3sYd6H" };
        public ValueTask InitializeAsync() => Inner.InitializeAsync();
        public ValueTask DisposeAsync() => Inner.DisposeAsync();
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://192.168.1.20:5000")]
    [InlineData("http://127.0.0.1:5000;http://[::]:5001")]
    public void Listening_beyond_loopback_without_a_token_is_refused(string urls)
    {
        var e = Assert.Throws<InvalidOperationException>(() => WebApp.Build(new ServeOptions { DbPath = "unused.db", Urls = urls.Split(';') }));
        Assert.StartsWith("refusing to listen on ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_token_the_api_answers_401_and_pages_send_to_sign_in()
    {
        using var api = await server.Inner.Client.GetAsync(new Uri("/api/stories", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        using var noRedirect = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Inner.BaseAddress };
        using var page = await noRedirect.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/login", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_token_is_refused_and_the_right_one_lets_in()
    {
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/stories") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Inner.Client.SendAsync(wrong, TestContext.Current.CancellationToken)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/stories") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "Kq7vR2xW9mTz4bN8pL3sYd6H") } };
        Assert.Equal(HttpStatusCode.OK, (await server.Inner.Client.SendAsync(right, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Signing_in_sets_a_strict_http_only_cookie_that_opens_the_pages()
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.Inner.BaseAddress };
        using var bad = await browser.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("token", "nope")]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        using var login = await browser.PostAsync(new Uri("/login", UriKind.Relative), new FormUrlEncodedContent([new("token", "Kq7vR2xW9mTz4bN8pL3sYd6H")]),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var setCookie = Assert.Single(login.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        using var home = await browser.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }
}

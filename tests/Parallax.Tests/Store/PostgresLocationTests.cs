using Npgsql;
using Parallax.Store;
using Parallax.Storage.Postgres;
using Parallax.Storage.Sqlite;
using Parallax.Web.Services;

namespace Parallax.Tests.Store;

/// <summary>How a location picks its engine, and how a PostgreSQL URI becomes a connection (no server needed).</summary>
public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgresql://ana@db.example:6543/news", true)]
    [InlineData("POSTGRES://ana@db.example/news", true)]
    [InlineData("parallax.db", false)]
    [InlineData("/data/postgresql/parallax.db", false)]
    [InlineData("mysql://ana@db.example/news", false)]
    public void A_location_goes_to_postgres_only_as_a_postgres_uri(string location, bool postgres)
    {
        Assert.Equal(postgres, new PostgresEngine().Accepts(location));
        if (postgres)
            Assert.IsType<PostgresEngine>(KnownEngines.Create().For(location));
        else if (!location.Contains("://", StringComparison.Ordinal))
            Assert.IsType<SqliteEngine>(KnownEngines.Create().For(location));
    }

    [Fact]
    public void Another_scheme_is_refused_by_name()
    {
        var e = Assert.Throws<StoreException>(() => KnownEngines.Create().For("mysql://ana@db.example/news"));
        Assert.Equal("mysql://ana@db.example/news: no storage engine for this location", e.Message);
    }

    [Fact]
    public void A_uri_sets_user_password_host_port_database_and_settings()
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString("postgresql://ana:p%40ss%3Aw@db.example:6543/news%20desk?sslmode=require&timeout=7"));
        Assert.Equal(("ana", "p@ss:w", "db.example", 6543, "news desk"), (b.Username, b.Password, b.Host, b.Port, b.Database));
        Assert.Equal((SslMode.Require, 7), (b.SslMode, b.Timeout));
    }

    [Fact]
    public void Parts_left_out_fall_to_the_defaults()
    {
        var b = new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString("postgresql://db.example/news"));
        Assert.Equal(("db.example", 5432, "news", (string?)null, (string?)null), (b.Host, b.Port, b.Database, b.Username, b.Password));
    }

    [Theory]
    [InlineData("postgresql://ana@db.example", "the URI names no database")]
    [InlineData("postgresql://ana@db.example/news?frobnicate=1", "'frobnicate=1' is not a connection setting Npgsql knows")]
    [InlineData("postgresql:///news", "not a PostgreSQL URI")]
    public void A_bad_uri_is_refused_naming_what_is_wrong(string uri, string message)
    {
        var e = Assert.Throws<StoreException>(() => PostgresLocation.ConnectionString(uri));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgresql://ana:secret@db.example:6543/news", "postgresql://ana:***@db.example:6543/news")]
    [InlineData("postgresql://ana@db.example:6543/news", "postgresql://ana@db.example:6543/news")]
    [InlineData("postgresql://db.example:6543/news", "postgresql://db.example:6543/news")]
    [InlineData("stores/parallax.db", "stores/parallax.db")]
    [InlineData("/srv/a:b@c.db", "/srv/a:b@c.db")]
    public void A_password_never_shows_in_messages(string location, string shown) => Assert.Equal(shown, StoreLocation.Display(location));

    [Fact]
    public async Task An_unreachable_server_is_one_line_naming_the_store_without_its_password()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var e = await Assert.ThrowsAsync<StoreException>(async () => await new PostgresEngine().OpenReaderAsync("postgresql://ana:secret@127.0.0.1:1/news?timeout=3"));
        Assert.Equal("postgresql://ana:***@127.0.0.1:1/news?timeout=3: cannot reach the PostgreSQL server", e.Message);
    }

    [Theory]
    [InlineData("bridge cables", "'bridge' & 'cables'")]
    [InlineData("\"harbour bridge\" -storm", "('harbour' <-> 'bridge') & !'storm'")]
    [InlineData("storm* covid-19", "'storm':* & ('covid' <-> '19')")]
    [InlineData("it's (a) & test | !x:*", "('it' <-> 's') & 'a' & 'test' & 'x':*")]
    [InlineData("café", "'café'")]
    public void A_query_becomes_a_tsquery_of_quoted_words(string query, string tsquery) => Assert.Equal(tsquery, TsQuery.Build(query));

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData("* & | !")]
    [InlineData("-bridge")]
    public void A_query_naming_no_word_to_find_finds_nothing(string query) => Assert.Null(TsQuery.Build(query));
}

using Npgsql;
using Parallax.Store;

namespace Parallax.Storage.Postgres;

/// <summary>
/// A PostgreSQL store named by a connection URI, <c>postgresql://user:password@host:port/database?key=value</c>
/// (or <c>postgres://</c>), turned into Npgsql's connection string. Parts left out fall to Npgsql's defaults and
/// libpq's environment variables (<c>PGPASSWORD</c>, <c>PGPASSFILE</c>, ...). Query parameters are Npgsql
/// connection-string keywords (<c>sslmode=require</c>, <c>timeout=5</c>); an unknown one is refused by name.
/// </summary>
internal static class PostgresLocation
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    public static bool IsPostgres(string location) => Schemes.Any(s => location.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string for the URI; a <see cref="StoreException"/> naming the bad part.</summary>
    public static string ConnectionString(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new StoreException($"{Redact(location)}: not a PostgreSQL URI (postgresql://user@host:port/database)");
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            ApplicationName = "parallax",
        };
        if (!uri.IsDefaultPort && uri.Port > 0)
            b.Port = uri.Port;
        if (uri.UserInfo.Length > 0)
        {
            int colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            b.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
                b.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
            throw new StoreException($"{Redact(location)}: the URI names no database (postgresql://user@host:port/database)");
        b.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            try
            {
                b[key] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                throw new StoreException($"{Redact(location)}: '{key}={value}' is not a connection setting Npgsql knows", e);
            }
        }
        return b.ConnectionString;
    }

    /// <summary>The location as messages show it: a password in the URI is replaced by <c>***</c>.</summary>
    public static string Redact(string location) => StoreLocation.Display(location);
}

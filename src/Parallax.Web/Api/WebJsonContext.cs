using System.Text.Json.Serialization;

namespace Parallax.Web.Api;

/// <summary>The API's own bodies (the listings come from the library's context).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(StoreApi.IngestResponse))]
[JsonSerializable(typeof(StoreApi.IngestArticle))]
[JsonSerializable(typeof(List<StoreApi.OutletHealth>))]
internal sealed partial class WebJsonContext : JsonSerializerContext;

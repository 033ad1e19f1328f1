namespace Tupu.Bolt;

/// <summary>Factory of auth tokens, as in the official driver.</summary>
public static class AuthTokens
{
    public static IAuthToken None { get; } = new MapAuthToken(new Dictionary<string, object?> { ["scheme"] = "none" });

    public static IAuthToken Basic(string username, string password) =>
        new MapAuthToken(new Dictionary<string, object?>
        {
            ["scheme"] = "basic",
            ["principal"] = username,
            ["credentials"] = password,
        });

    private sealed class MapAuthToken(IReadOnlyDictionary<string, object?> map) : IAuthToken
    {
        public IReadOnlyDictionary<string, object?> ToMap() => map;

        public override string ToString() =>
            $"AuthToken(scheme={map["scheme"]}{(map.TryGetValue("principal", out var p) ? $", principal={p}" : string.Empty)})";
    }
}

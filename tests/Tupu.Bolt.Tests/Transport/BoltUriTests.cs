using Tupu.Bolt.Transport;

namespace Tupu.Bolt.Tests.Transport;

public sealed class BoltUriTests
{
    [Theory]
    [InlineData("bolt://localhost", false, "None", 7687)]
    [InlineData("bolt+s://db.example.com:7000", false, "Verified", 7000)]
    [InlineData("bolt+ssc://10.0.0.5:7687", false, "TrustAny", 7687)]
    [InlineData("neo4j://cluster:7687", true, "None", 7687)]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", true, "Verified", 7687)]
    [InlineData("neo4j+ssc://cluster", true, "TrustAny", 7687)]
    public void Schemes_choose_routing_and_tls(string uri, bool routing, string tls, int port)
    {
        var parsed = BoltUri.Parse(uri);
        Assert.Equal((routing, Enum.Parse<TlsMode>(tls), port), (parsed.Routing, parsed.Tls, parsed.Address.Port));
    }

    [Fact]
    public void Routing_context_comes_from_the_query_and_names_the_address()
    {
        var parsed = BoltUri.Parse("neo4j://db:7690?policy=eu%20west&region=1");
        Assert.Equal("eu west", parsed.RoutingContext["policy"]);
        Assert.Equal("1", parsed.RoutingContext["region"]);
        Assert.Equal("db:7690", parsed.RoutingContext["address"]);
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("bolt://localhost?policy=x")]
    [InlineData("not a uri")]
    public void Bad_uris_are_argument_errors(string uri) => Assert.Throws<ArgumentException>(() => BoltUri.Parse(uri));

    [Theory]
    [InlineData("host:7687", "host", 7687)]
    [InlineData("host", "host", 7687)]
    [InlineData("[::1]:7688", "::1", 7688)]
    public void Server_addresses_parse(string text, string host, int port)
    {
        var address = ServerAddress.Parse(text);
        Assert.Equal((host, port), (address.Host, address.Port));
    }

    [Fact]
    public void IPv6_address_prints_with_brackets() => Assert.Equal("[::1]:7687", new ServerAddress("::1", 7687).ToString());
}

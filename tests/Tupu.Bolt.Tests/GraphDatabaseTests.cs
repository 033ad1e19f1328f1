namespace Tupu.Bolt.Tests;

public sealed class GraphDatabaseTests
{
    [Fact]
    public void Bad_settings_are_refused_up_front()
    {
        Assert.Throws<ArgumentException>(() => GraphDatabase.Driver("bolt://localhost", AuthTokens.None, DriverConfig.Default with { FetchSize = 0 }));
        Assert.Throws<ArgumentException>(() => GraphDatabase.Driver("bolt://localhost", AuthTokens.None, DriverConfig.Default with { MaxConnectionPoolSize = 0 }));
        Assert.Throws<ArgumentException>(() => GraphDatabase.Driver("bolt://localhost", AuthTokens.None, DriverConfig.Default with { ReadTimeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentException>(() => GraphDatabase.Driver("http://localhost:7474", AuthTokens.None));
        Assert.Throws<ArgumentNullException>(() => GraphDatabase.Driver("bolt://localhost", null!));
    }

    [Fact]
    public async Task Creating_a_driver_does_not_connect()
    {
        // Port 1 on loopback is closed; only using the driver would notice.
        await using var driver = GraphDatabase.Driver("bolt://127.0.0.1:1", AuthTokens.None, DriverConfig.Default with { FetchSize = -1 });
        await using var session = driver.AsyncSession();
        Assert.Empty(session.LastBookmarks);
    }
}

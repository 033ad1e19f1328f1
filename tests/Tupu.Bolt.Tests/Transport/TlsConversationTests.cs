using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.Transport;

/// <summary>TLS schemes against a scripted server with a self-signed certificate.</summary>
public sealed class TlsConversationTests
{
    [Fact]
    public async Task Ssc_scheme_accepts_a_self_signed_certificate()
    {
        await using var server = new ScriptedBoltServer(SelfSignedCertificate.Get(), async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectGoodbyeOrCloseAsync();
        });

        await using (var driver = GraphDatabase.Driver(server.Uri("bolt+ssc"), TestConfig.Auth, TestConfig.Fast))
        {
            await driver.VerifyConnectivityAsync();
        }

        await server.VerifyAsync();
    }

    [Fact]
    public async Task S_scheme_verifies_the_certificate_and_refuses_a_self_signed_one()
    {
        await using var server = new ScriptedBoltServer(SelfSignedCertificate.Get(), c => c.AcceptHelloAsync());
        await using var driver = GraphDatabase.Driver(server.Uri("bolt+s"), TestConfig.Auth, TestConfig.Fast);
        var ex = await Assert.ThrowsAsync<SecurityException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("TLS", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.IsRetriable);
    }
}

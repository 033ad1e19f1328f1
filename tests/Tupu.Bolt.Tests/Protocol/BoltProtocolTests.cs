using Tupu.Bolt.Handshake;
using Tupu.Bolt.Messages;
using Tupu.Bolt.Protocol;

namespace Tupu.Bolt.Tests.Protocol;

public sealed class BoltProtocolTests
{
    [Theory]
    [InlineData(4, 4, false, false, true, 1)]
    [InlineData(5, 0, false, false, false, 1)]
    [InlineData(5, 1, true, false, false, 2)]
    [InlineData(5, 2, true, false, false, 2)]
    [InlineData(5, 3, true, true, false, 2)]
    [InlineData(5, 8, true, true, false, 2)]
    public void Initialization_per_version(int major, int minor, bool logon, bool boltAgent, bool utcPatch, int messages)
    {
        var init = new BoltProtocol(new BoltVersion(major, minor)).Initialization("ua", AuthTokens.Basic("u", "p"), new Dictionary<string, string> { ["address"] = "h:1" });
        Assert.Equal(messages, init.Count);
        var hello = Assert.IsType<HelloMessage>(init[0]);
        Assert.Equal(logon, hello.Auth is null);
        Assert.Equal(logon, init[^1] is LogonMessage);
        Assert.Equal(boltAgent, hello.BoltAgent is not null);
        Assert.Equal(utcPatch, hello.AskUtcPatch);
        Assert.Equal("h:1", hello.RoutingContext!["address"]);
    }
}

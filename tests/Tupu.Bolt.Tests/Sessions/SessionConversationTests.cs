using Tupu.Bolt.Messages;
using Tupu.Bolt.Tests.Support;

namespace Tupu.Bolt.Tests.Sessions;

/// <summary>Whole conversations against the scripted loopback server (not a database).</summary>
public sealed class SessionConversationTests
{
    private static readonly Dictionary<string, object?> Stats = new()
    {
        ["nodes-created"] = 2L,
        ["properties-set"] = 3L,
        ["relationships-created"] = 1L,
        ["labels-added"] = 2L,
    };

    [Fact]
    public async Task Hello_logon_run_pull_records_and_summary_counters()
    {
        ClientMessage? hello = null, logon = null, run = null, pull = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(5, 4);
            hello = await c.ExpectAsync(MessageSignature.Hello);
            await c.SuccessAsync(new() { ["server"] = ScriptedConnection.AgentName, ["connection_id"] = "c1" });
            logon = await c.ExpectAsync(MessageSignature.Logon);
            await c.SuccessAsync(new());
            run = await c.ExpectAsync(MessageSignature.Run);
            pull = await c.ExpectAsync(MessageSignature.Pull);
            await c.SuccessAsync(new() { ["fields"] = new[] { "name", "n" }, ["t_first"] = 1L });
            await c.RecordAsync("OpenAI", 1L);
            await c.SendAsync(MessageSignature.Record, noopFirst: true, new List<object?> { "智谱", 2L });
            await c.SuccessAsync(new() { ["bookmark"] = "bm:1", ["stats"] = Stats, ["db"] = "tupu", ["type"] = "w" });
            await c.ExpectGoodbyeOrCloseAsync();
        });

        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("tupu"));
            var cursor = await session.RunAsync("UNWIND $rows AS r MERGE (o:Org {name: r}) RETURN r", new Dictionary<string, object?> { ["rows"] = new[] { "a" } });
            Assert.Equal(["name", "n"], await cursor.KeysAsync());
            var records = await cursor.ToListAsync();
            Assert.Equal(["OpenAI", "智谱"], records.Select(r => r["name"]));
            Assert.Equal(2L, records[1][1]);
            var summary = await cursor.ConsumeAsync();
            Assert.Equal((2, 3, 1, 2, true), (summary.Counters.NodesCreated, summary.Counters.PropertiesSet, summary.Counters.RelationshipsCreated, summary.Counters.LabelsAdded, summary.Counters.ContainsUpdates));
            Assert.Equal("tupu", summary.Database);
            Assert.Equal(["bm:1"], session.LastBookmarks);
        }

        await server.VerifyAsync();
        var helloExtra = hello!.MapField(0);
        Assert.Equal("tupu/1.0", helloExtra["user_agent"]);
        Assert.True(helloExtra.ContainsKey("bolt_agent"), "bolt_agent is sent from 5.3");
        Assert.False(helloExtra.ContainsKey("credentials"), "credentials go in LOGON from 5.1");
        Assert.False(helloExtra.ContainsKey("routing"), "bolt:// does not ask for routing");
        Assert.Equal("s3cret", logon!.MapField(0)["credentials"]);
        Assert.Equal("UNWIND $rows AS r MERGE (o:Org {name: r}) RETURN r", run!.Fields[0]);
        Assert.Equal("tupu", run.MapField(2)["db"]);
        Assert.Equal(100L, pull!.MapField(0)["n"]);
    }

    [Fact]
    public async Task Bolt_4_4_sends_credentials_in_hello_and_asks_for_utc_datetimes()
    {
        ClientMessage? hello = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(4, 4);
            hello = await c.ExpectAsync(MessageSignature.Hello);
            await c.SuccessAsync(new() { ["server"] = ScriptedConnection.AgentName, ["patch_bolt"] = new[] { "utc" } });
            await c.ExpectGoodbyeOrCloseAsync();
        });

        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await driver.VerifyConnectivityAsync();
        }

        await server.VerifyAsync();
        var extra = hello!.MapField(0);
        Assert.Equal(("basic", "tupu", "s3cret"), (extra["scheme"], extra["principal"], extra["credentials"]));
        Assert.Equal(new List<object?> { "utc" }, extra["patch_bolt"]);
        Assert.False(extra.ContainsKey("bolt_agent"));
    }

    [Fact]
    public async Task Failure_then_reset_answers_the_pipelined_ignored_and_the_connection_is_reused()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Run);
            await c.ExpectAsync(MessageSignature.Pull);
            await c.FailureAsync("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'", gqlStyle: true);
            await c.IgnoredAsync(); // the PULL that was pipelined behind the failed RUN
            await c.ExpectAsync(MessageSignature.Reset);
            await c.SuccessAsync(new());

            // Same connection, next query.
            await c.ExpectAsync(MessageSignature.Run);
            await c.ExpectAsync(MessageSignature.Pull);
            await c.SuccessAsync(new() { ["fields"] = new[] { "x" } });
            await c.RecordAsync(1L);
            await c.SuccessAsync(new());
            await c.ExpectGoodbyeOrCloseAsync();
        });

        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            var ex = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
            Assert.Contains("RETRUN", ex.Message, StringComparison.Ordinal);

            var cursor = await session.RunAsync("RETURN 1 AS x");
            Assert.Equal(1L, Assert.Single(await cursor.ToListAsync())["x"]);
        }

        await server.VerifyAsync();
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Transient_error_then_success_on_retry()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();

            // Attempt 1: deadlock.
            await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Run);
            await c.ExpectAsync(MessageSignature.Pull);
            await c.FailureAsync("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
            await c.IgnoredAsync();
            await c.ExpectAsync(MessageSignature.Reset);
            await c.SuccessAsync(new());

            // Attempt 2: fine.
            await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Run);
            await c.ExpectAsync(MessageSignature.Pull);
            await c.SuccessAsync(new() { ["fields"] = Array.Empty<string>(), ["qid"] = 0L });
            await c.SuccessAsync(new() { ["stats"] = Stats });
            await c.ExpectAsync(MessageSignature.Commit);
            await c.SuccessAsync(new() { ["bookmark"] = "bm:2" });
            await c.ExpectGoodbyeOrCloseAsync();
        });

        var attempts = 0;
        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            var created = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                var cursor = await tx.RunAsync("MERGE (n:Org {name: $name})", new Dictionary<string, object?> { ["name"] = "OpenAI" });
                return (await cursor.ConsumeAsync()).Counters.NodesCreated;
            });
            Assert.Equal(2, created);
            Assert.Equal(["bm:2"], session.LastBookmarks);
        }

        await server.VerifyAsync();
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Terminated_transaction_is_transient_but_not_retried()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Run);
            await c.ExpectAsync(MessageSignature.Pull);
            await c.FailureAsync("Neo.TransientError.Transaction.Terminated", "terminated by an administrator");
            await c.IgnoredAsync();
            await c.ExpectAsync(MessageSignature.Reset);
            await c.SuccessAsync(new());
            await c.ExpectGoodbyeOrCloseAsync();
        });

        var attempts = 0;
        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            var ex = await Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await tx.RunAsync("MATCH (n) RETURN n");
            }));
            Assert.False(ex.IsRetriable);
        }

        await server.VerifyAsync();
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Connection_dropped_mid_transaction_is_retried_on_a_new_connection()
    {
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.AcceptHelloAsync();
                await c.ExpectAsync(MessageSignature.Begin);
                await c.SuccessAsync(new());
                await c.ExpectAsync(MessageSignature.Run);
                c.Drop();
            },
            async c =>
            {
                await c.AcceptHelloAsync();
                await c.ExpectAsync(MessageSignature.Begin);
                await c.SuccessAsync(new());
                await c.ExpectAsync(MessageSignature.Run);
                await c.ExpectAsync(MessageSignature.Pull);
                await c.SuccessAsync(new() { ["fields"] = new[] { "n" } });
                await c.RecordAsync(7L);
                await c.SuccessAsync(new());
                await c.ExpectAsync(MessageSignature.Commit);
                await c.SuccessAsync(new() { ["bookmark"] = "bm:3" });
                await c.ExpectGoodbyeOrCloseAsync();
            });

        var attempts = 0;
        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            var value = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                var cursor = await tx.RunAsync("CREATE (n) RETURN 7 AS n");
                return (long)(await cursor.ToListAsync())[0]["n"]!;
            });
            Assert.Equal(7L, value);
        }

        await server.VerifyAsync();
        Assert.Equal(2, attempts);
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Connection_lost_during_commit_is_reported_and_not_retried()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Run);
            await c.ExpectAsync(MessageSignature.Pull);
            await c.SuccessAsync(new() { ["fields"] = Array.Empty<string>() });
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Commit);
            c.Drop();
        });

        var attempts = 0;
        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            var ex = await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await tx.RunAsync("CREATE (n)");
            }));
            Assert.False(ex.IsRetriable);
            Assert.Contains("may or may not have been committed", ex.Message, StringComparison.Ordinal);
        }

        await server.VerifyAsync();
        Assert.Equal(1, attempts);
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Authentication_failure_is_clear_and_not_retried()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(5, 8);
            await c.ExpectAsync(MessageSignature.Hello);
            await c.SuccessAsync(new() { ["server"] = ScriptedConnection.AgentName });
            await c.ExpectAsync(MessageSignature.Logon);
            await c.FailureAsync("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
        });

        await using (var driver = GraphDatabase.Driver(server.Uri(), AuthTokens.Basic("tupu", "wrong"), TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            var ex = await Assert.ThrowsAsync<AuthenticationException>(() => session.ExecuteWriteAsync(tx => tx.RunAsync("RETURN 1")));
            Assert.Equal("Neo.ClientError.Security.Unauthorized", ex.Code);
            Assert.Contains("unauthorized", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("wrong", ex.ToString(), StringComparison.Ordinal);
        }

        await server.VerifyAsync();
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task Server_agreeing_to_no_version_is_a_clear_error()
    {
        await using var server = new ScriptedBoltServer(c => c.HandshakeAsync([0, 0, 0, 0]));
        await using var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast);
        var ex = await Assert.ThrowsAsync<ProtocolException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("none of the offered Bolt versions", ex.Message, StringComparison.Ordinal);
        await server.VerifyAsync();
        Assert.Equal("6060B0170008080500000404", Hex.Of(server.Connections[0].HandshakeRequest.AsSpan(0, 12)));
    }

    [Fact]
    public async Task Silent_server_hits_the_read_timeout()
    {
        var release = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HandshakeAsync(5, 0);
            await c.ExpectAsync(MessageSignature.Hello);
            await release.Task; // never answers in time
        });

        await using var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast with { ReadTimeout = TimeSpan.FromMilliseconds(300) });
        var ex = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync());
        Assert.Contains("read timeout", ex.Message, StringComparison.Ordinal);
        release.SetResult();
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Unreachable_server_is_retried_then_reported()
    {
        // A port that was just free: connections are refused.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var attempts = 0;
        // The budget must outlast one cold attempt: on a loaded machine the first connect (JIT included) took over
        // 200 ms, and a budget that short then allowed no second attempt.
        await using var driver = GraphDatabase.Driver($"bolt://127.0.0.1:{port}", TestConfig.Auth, TestConfig.Fast with { MaxTransactionRetryTime = TimeSpan.FromSeconds(2) });
        await using var session = driver.AsyncSession();
        var ex = await Assert.ThrowsAsync<ServiceUnavailableException>(() => session.ExecuteWriteAsync(async tx =>
        {
            attempts++;
            return await tx.RunAsync("RETURN 1");
        }));
        Assert.Contains($"127.0.0.1:{port}", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, attempts); // the work never ran: nothing half-written
        Assert.True((int)ex.Data["attempts"]! > 1);
    }

    [Fact]
    public async Task Explicit_transaction_sends_bookmarks_timeout_and_metadata_in_begin()
    {
        ClientMessage? begin = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            begin = await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Rollback);
            await c.SuccessAsync(new());
            await c.ExpectGoodbyeOrCloseAsync();
        });

        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession(s => s.WithDatabase("news").WithBookmarks(["bm:0"]));
            await using var tx = await session.BeginTransactionAsync(t => t.WithTimeout(TimeSpan.FromSeconds(2.5)).WithMetadata(new Dictionary<string, object?> { ["app"] = "tupu" }));
            await tx.RollbackAsync();
        }

        await server.VerifyAsync();
        var extra = begin!.MapField(0);
        Assert.Equal(new List<object?> { "bm:0" }, extra["bookmarks"]);
        Assert.Equal(2500L, extra["tx_timeout"]);
        Assert.Equal("tupu", ((IReadOnlyDictionary<string, object?>)extra["tx_metadata"]!)["app"]);
        Assert.Equal("news", extra["db"]);
        Assert.False(extra.ContainsKey("mode"));
    }

    [Fact]
    public async Task Results_beyond_the_fetch_size_are_pulled_in_batches_and_discarded_on_consume()
    {
        var pulls = new List<ClientMessage>();
        ClientMessage? discard = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Run);
            pulls.Add(await c.ExpectAsync(MessageSignature.Pull));
            await c.SuccessAsync(new() { ["fields"] = new[] { "i" }, ["qid"] = 3L });
            await c.RecordAsync(1L);
            await c.RecordAsync(2L);
            await c.SuccessAsync(new() { ["has_more"] = true });
            pulls.Add(await c.ExpectAsync(MessageSignature.Pull));
            await c.RecordAsync(3L);
            await c.RecordAsync(4L);
            await c.SuccessAsync(new() { ["has_more"] = true });
            discard = await c.ExpectAsync(MessageSignature.Discard);
            await c.SuccessAsync(new() { ["stats"] = new Dictionary<string, object?>() });
            await c.ExpectAsync(MessageSignature.Commit);
            await c.SuccessAsync(new());
            await c.ExpectGoodbyeOrCloseAsync();
        });

        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast with { FetchSize = 2 }))
        {
            await using var session = driver.AsyncSession();
            await using var tx = await session.BeginTransactionAsync();
            var cursor = await tx.RunAsync("UNWIND range(1, 10) AS i RETURN i");
            var seen = new List<object?>();
            for (var i = 0; i < 3 && await cursor.FetchAsync(); i++)
            {
                seen.Add(cursor.Current["i"]);
            }

            var summary = await cursor.ConsumeAsync();
            Assert.False(summary.Counters.ContainsUpdates);
            Assert.Equal([1L, 2L, 3L], seen);
            await tx.CommitAsync();
        }

        await server.VerifyAsync();
        Assert.Equal(2L, pulls[0].MapField(0)["n"]);
        Assert.False(pulls[0].MapField(0).ContainsKey("qid"));
        Assert.Equal(3L, pulls[1].MapField(0)["qid"]);
        Assert.Equal((-1L, 3L), ((long)discard!.MapField(0)["n"]!, (long)discard.MapField(0)["qid"]!));
    }

    [Fact]
    public async Task Cancellation_abandons_the_connection_and_the_next_query_gets_a_fresh_one()
    {
        var stalled = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.AcceptHelloAsync();
                await c.ExpectAsync(MessageSignature.Run);
                await c.ExpectAsync(MessageSignature.Pull);
                await stalled.Task; // the answer never comes
            },
            async c =>
            {
                await c.AcceptHelloAsync();
                await c.ExpectAsync(MessageSignature.Run);
                await c.ExpectAsync(MessageSignature.Pull);
                await c.SuccessAsync(new() { ["fields"] = new[] { "x" } });
                await c.SuccessAsync(new());
                await c.ExpectGoodbyeOrCloseAsync();
            });

        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.RunAsync("CALL slow()", cancellationToken: cts.Token));
            var cursor = await session.RunAsync("RETURN 1 AS x");
            Assert.Empty(await cursor.ToListAsync());
        }

        stalled.SetResult();
        await server.VerifyAsync();
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Pooled_connection_closed_by_the_server_while_idle_is_replaced()
    {
        var firstDone = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.AcceptHelloAsync();
                await c.ExpectAsync(MessageSignature.Run);
                await c.ExpectAsync(MessageSignature.Pull);
                await c.SuccessAsync(new() { ["fields"] = new[] { "x" } });
                await c.SuccessAsync(new());
                c.Drop(); // idle timeout on the server side
                firstDone.SetResult();
            },
            async c =>
            {
                await c.AcceptHelloAsync();
                await c.ExpectAsync(MessageSignature.Run);
                await c.ExpectAsync(MessageSignature.Pull);
                await c.SuccessAsync(new() { ["fields"] = new[] { "x" } });
                await c.SuccessAsync(new());
                await c.ExpectGoodbyeOrCloseAsync();
            });

        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using (var first = driver.AsyncSession())
            {
                await (await first.RunAsync("RETURN 1 AS x")).ConsumeAsync();
            }

            await firstDone.Task.WaitAsync(TimeSpan.FromSeconds(5));
            await Task.Delay(100); // let the reset reach the client socket
            await using var second = driver.AsyncSession();
            await (await second.RunAsync("RETURN 1 AS x")).ConsumeAsync(); // auto-commit is not retried: it must get a live connection
        }

        await server.VerifyAsync();
        Assert.Equal(2, server.AcceptedConnections);
    }

    [Fact]
    public async Task Work_that_swallows_a_failure_does_not_pass_for_committed()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptHelloAsync();
            await c.ExpectAsync(MessageSignature.Begin);
            await c.SuccessAsync(new());
            await c.ExpectAsync(MessageSignature.Run);
            await c.ExpectAsync(MessageSignature.Pull);
            await c.FailureAsync("Neo.ClientError.Schema.ConstraintValidationFailed", "already exists");
            await c.IgnoredAsync();
            await c.ExpectAsync(MessageSignature.Reset);
            await c.SuccessAsync(new());
            await c.ExpectGoodbyeOrCloseAsync();
        });

        await using (var driver = GraphDatabase.Driver(server.Uri(), TestConfig.Auth, TestConfig.Fast))
        {
            await using var session = driver.AsyncSession();
            var ex = await Assert.ThrowsAsync<ClientException>(() => session.ExecuteWriteAsync(async tx =>
            {
                try
                {
                    await tx.RunAsync("CREATE (:Org {id: 1})");
                }
                catch (ClientException)
                {
                    // Swallowed on purpose.
                }

                return 0;
            }));
            Assert.Contains("nothing of it was committed", ex.Message, StringComparison.Ordinal);
        }

        await server.VerifyAsync();
    }
}

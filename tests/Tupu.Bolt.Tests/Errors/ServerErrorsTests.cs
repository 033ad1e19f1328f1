using Tupu.Bolt.Errors;

namespace Tupu.Bolt.Tests.Errors;

public sealed class ServerErrorsTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", typeof(TransientException), true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(TransientException), false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(TransientException), false)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", typeof(ClientException), true)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", typeof(ClientException), true)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(ClientException), false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(AuthenticationException), false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(DatabaseException), false)]
    [InlineData("Something.Else", typeof(DatabaseException), false)]
    public void Codes_map_to_classes_and_retriability(string code, Type type, bool retriable)
    {
        var error = ServerErrors.FromFailure(code, "message");
        Assert.IsType(type, error);
        Assert.Equal(code, error.Code);
        Assert.Equal(retriable, error.IsRetriable);
    }

    [Fact]
    public void Local_errors_and_their_retriability()
    {
        Assert.True(new ServiceUnavailableException("down").IsRetriable);
        Assert.True(new SessionExpiredException("gone").IsRetriable);
        Assert.False(new CommitOutcomeUnknownException("unknown").IsRetriable);
        Assert.IsAssignableFrom<ServiceUnavailableException>(new CommitOutcomeUnknownException("unknown"));
        Assert.False(new ProtocolException("bad").IsRetriable);
        Assert.False(new SecurityException("tls").IsRetriable);
    }
}

using Tupu.Bolt.MessageHandling;
using Tupu.Bolt.Messages;

namespace Tupu.Bolt.Tests.MessageHandling;

public sealed class ResponsePipelineTests
{
    private static readonly SuccessMessage Ok = new(new Dictionary<string, object?>());

    [Fact]
    public void Responses_go_to_handlers_in_request_order_and_records_stay_with_the_head()
    {
        var pipeline = new ResponsePipeline();
        var records = new List<IReadOnlyList<object?>>();
        var run = new ResponseHandler(new RunMessage("q", new Dictionary<string, object?>(), TransactionExtra.Empty));
        var pull = new ResponseHandler(new PullMessage(-1), records.Add);
        pipeline.Enqueue(run);
        pipeline.Enqueue(pull);

        Assert.Same(run, pipeline.Dispatch(Ok));
        Assert.Null(pipeline.Dispatch(new RecordMessage([1L])));
        Assert.Null(pipeline.Dispatch(new RecordMessage([2L])));
        Assert.Same(pull, pipeline.Dispatch(Ok));
        Assert.Equal(2, records.Count);
        Assert.Equal(0, pipeline.Count);
    }

    [Fact]
    public void Ignored_carries_the_failure_that_caused_it_until_reset_succeeds()
    {
        var pipeline = new ResponsePipeline();
        var run = new ResponseHandler(new RunMessage("q", new Dictionary<string, object?>(), TransactionExtra.Empty));
        var pull = new ResponseHandler(new PullMessage(-1), _ => { });
        var reset = new ResponseHandler(ResetMessage.Instance);
        pipeline.Enqueue(run);
        pipeline.Enqueue(pull);
        pipeline.Enqueue(reset);

        pipeline.Dispatch(new FailureMessage("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"));
        Assert.True(pipeline.HasFailure);
        pipeline.Dispatch(IgnoredMessage.Instance);
        Assert.True(pull.WasIgnored);
        Assert.Same(run.Error, pull.Error);
        Assert.IsType<TransientException>(pull.Error);
        pipeline.Dispatch(Ok);
        Assert.False(pipeline.HasFailure);
        Assert.Same(Ok, reset.Result());
    }

    [Fact]
    public void Unexpected_responses_are_protocol_errors()
    {
        var pipeline = new ResponsePipeline();
        Assert.Throws<ProtocolException>(() => pipeline.Dispatch(Ok));
        pipeline.Enqueue(new ResponseHandler(CommitMessage.Instance));
        Assert.Throws<ProtocolException>(() => pipeline.Dispatch(new RecordMessage([])));
    }
}

using Tupu.Cli;
using Tupu.Cli.Infrastructure;

var terminal = Terminal.System();
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await TupuApp.Create(terminal).RunAsync(args, cancellation.Token).ConfigureAwait(false);

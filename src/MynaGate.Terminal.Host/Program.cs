using MynaGate.Hosting;
using MynaGate.Terminal.Host;

return await ServiceHost.RunAsync(TerminalHost.Definition, args).ConfigureAwait(false);

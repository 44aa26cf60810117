using MynaGate.Hosting;
using MynaGate.Reader.Host;

return await ServiceHost.RunAsync(ReaderHost.Definition, args).ConfigureAwait(false);

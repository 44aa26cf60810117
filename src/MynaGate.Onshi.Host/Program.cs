using MynaGate.Hosting;
using MynaGate.Onshi.Host;

return await ServiceHost.RunAsync(OnshiHost.Definition, args).ConfigureAwait(false);

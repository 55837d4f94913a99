using Juesuan.Web;

await JuesuanServer.Build(args).RunAsync();

/// <summary>The web application's entry point (named for WebApplicationFactory).</summary>
public partial class Program;

using System.Globalization;
using System.Text;
using Juesuan.Cli;

// Chinese help and messages whatever the machine's locale; UTF-8 so they survive redirection.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
Console.OutputEncoding = Encoding.UTF8;

return JuesuanCommand.Run(args, Console.Out, Console.Error);

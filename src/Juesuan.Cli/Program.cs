using System.CommandLine;
using System.Globalization;
using System.Text;
using Juesuan.Cli;

// Chinese help and messages whatever the machine's locale; UTF-8 so they survive redirection.
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("决算（Juesuan）：部门决算公开与绩效自评的编制、检查与发布工具。")
{
    BuildCommand.Create(),
};
return root.Parse(args).Invoke();

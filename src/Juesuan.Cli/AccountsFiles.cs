using Juesuan.Accounts;

namespace Juesuan.Cli;

/// <summary>Reads an accounts file from disk; a department's member files are resolved relative to the file that names them.</summary>
internal static class AccountsFiles
{
    public static AccountsReadResult Load(string path)
    {
        if (!File.Exists(path))
            return Failed(path, "$", "文件不存在");
        return AccountsReader.Read(File.ReadAllText(path), path, member => Member(Path.GetDirectoryName(Path.GetFullPath(path))!, member));
    }

    private static (string Json, string Name)? Member(string directory, string name)
    {
        var full = Path.GetFullPath(Path.Combine(directory, name));
        if (!File.Exists(full)) return null;
        return (File.ReadAllText(full), Path.GetRelativePath(Environment.CurrentDirectory, full));
    }

    private static AccountsReadResult Failed(string file, string path, string message) =>
        new(null, [new AccountsError(file, path, message)], AccountsFileSettings.None);

    /// <summary>Lists every error on standard error, in the order found, with a count.</summary>
    public static void Report(AccountsReadResult result, TextWriter error)
    {
        error.WriteLine($"决算数据文件有 {result.Errors.Count} 处错误，未生成任何文件：");
        foreach (var e in result.Errors) error.WriteLine("  " + e);
    }
}

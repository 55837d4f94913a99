namespace Juesuan.Testing;

/// <summary>Finds files of the repository from a test or benchmark binary, wherever it runs.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleAccounts => Path.Combine(Root, "samples", "datong-cast-2021", "accounts.json");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Juesuan.slnx"))) return dir.FullName;
        throw new DirectoryNotFoundException("找不到仓库根目录（Juesuan.slnx）");
    }
}

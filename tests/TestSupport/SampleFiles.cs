using Juesuan.Accounts;

namespace Juesuan.Testing;

/// <summary>A sample's accounts read as the command line reads them: a department's member files beside it.</summary>
public static class SampleFiles
{
    /// <param name="sample">The folder under samples/, "putuo-planning-2024" or a member's "putuo-planning-2024/benji".</param>
    public static AccountsReadResult Read(string sample)
    {
        var folder = RepoPaths.File(["samples", .. sample.Split('/')]);
        var path = Path.Combine(folder, "accounts.json");
        return AccountsReader.Read(File.ReadAllText(path), path, member =>
        {
            var full = Path.GetFullPath(Path.Combine(folder, member));
            return File.Exists(full) ? MemberFile.OfJson(member, File.ReadAllText(full)) : null;
        });
    }
}

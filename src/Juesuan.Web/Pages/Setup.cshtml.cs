using Juesuan.Data;
using Juesuan.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>首次使用 — creates the finance bureau (when the database has none) and the first system administrator, with the one-time code from the server log.</summary>
public sealed class SetupModel(OrganisationTree tree, UserDirectory users, FirstRun firstRun) : PageModel
{
    public bool Open => firstRun.Needed;

    public bool NeedsBureau { get; private set; }

    public List<string> Errors { get; } = [];

    public string? BureauCode { get; private set; }

    public string? BureauName { get; private set; }

    public string? UserName { get; private set; }

    public string? DisplayName { get; private set; }

    /// <summary>The code as typed, kept when another field was wrong so that it need not be typed again.</summary>
    public string? Code { get; private set; }

    public async Task OnGetAsync() => NeedsBureau = await tree.BureauAsync() is null;

    public async Task<IActionResult> OnPostAsync(string? code, string? bureauCode, string? bureauName, string? userName, string? displayName, string? password, string? confirm)
    {
        (Code, BureauCode, BureauName, UserName, DisplayName) = (code, bureauCode, bureauName, userName, displayName);
        var bureau = await tree.BureauAsync();
        NeedsBureau = bureau is null;
        if (!firstRun.Needed) return Page();
        if (!firstRun.Accepts(code))
            Errors.Add(firstRun.Locked
                ? $"初始化码已输错{FirstRun.MaxWrongCodes}次，已停用：请重启服务器，使用启动日志中新生成的初始化码"
                : "初始化码不正确：请查看服务器启动时的日志");
        if (password != confirm) Errors.Add("两次输入的密码不一致");
        if (UserDirectory.PasswordProblem(password) is { } weak) Errors.Add(weak);
        if (Errors.Count > 0) return Page();
        var actor = userName?.Trim() ?? "";
        if (bureau is null)
        {
            var (added, error) = await tree.AddAsync(bureauCode ?? "", bureauName ?? "", OrganisationKind.Bureau, null, actor);
            if (added is null)
            {
                Errors.Add(error!);
                return Page();
            }
            bureau = added;
        }
        var (created, problem) = await users.CreateAsync(userName ?? "", displayName ?? "", password!, UserRole.Administrator, bureau.Id, actor);
        if (created is null)
        {
            Errors.Add(problem!);
            return Page();
        }
        firstRun.Complete();
        // The administrator who just chose the password is signed in and taken to the work that comes next.
        await HttpContext.SignInAsync(Authentication.Cookie, Caller.Principal(created, Authentication.Cookie));
        return Redirect("/admin?done=" + Uri.EscapeDataString("系统管理员已创建，您已登录。下一步：新增部门和单位，再为各单位的填报人和审核人建立账户。"));
    }
}

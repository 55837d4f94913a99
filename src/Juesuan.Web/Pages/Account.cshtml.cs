using Juesuan.Data;
using Juesuan.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Juesuan.Web.Pages;

/// <summary>账户 — who I am, and changing my own password (other sign-ins end; this one continues).</summary>
public sealed class AccountModel(JuesuanDb db, UserDirectory users) : PageModel
{
    public UserAccount Me { get; private set; } = null!;

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    /// <summary>The password was chosen by someone else: the page asks for the person's own before anything else.</summary>
    public bool First => Me.MustChangePassword;

    public async Task OnGetAsync() => Me = await MeAsync();

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm)
    {
        Me = await MeAsync();
        var first = Me.MustChangePassword;
        var problem = password != confirm ? "两次输入的新密码不一致"
            : password == current ? "新密码不能与当前密码相同"
            : await users.ChangePasswordAsync(Me, current ?? "", password ?? "", HttpContext.RequestAborted);
        if (problem is not null)
        {
            (Message, Failed) = (problem, true);
            return Page();
        }
        await HttpContext.SignInAsync(Authentication.Cookie, Caller.Principal(Me, Authentication.Cookie));
        // After the first change the person goes on to their work.
        if (first) return LocalRedirect(SignInModel.Landing(Me.Role));
        Message = "密码已修改。";
        return Page();
    }

    private Task<UserAccount> MeAsync()
    {
        var caller = Caller.From(User)!;
        return db.Users.Include(u => u.Organisation).SingleAsync(u => u.Id == caller.UserId, HttpContext.RequestAborted);
    }
}

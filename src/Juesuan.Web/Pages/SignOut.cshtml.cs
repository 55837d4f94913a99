using Juesuan.Data;
using Juesuan.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

/// <summary>退出 — ends the sign-in (a form post, so another site cannot sign a person out).</summary>
public sealed class SignOutModel(UserDirectory users) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await users.SignedOutAsync(User.Identity.Name ?? "", HttpContext.RequestAborted);
            await HttpContext.SignOutAsync(Authentication.Cookie);
        }
        return LocalRedirect("/");
    }
}

using Juesuan.Data;
using Juesuan.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Juesuan.Web.Pages;

/// <summary>登录 — signs a person in with a cookie; repeated failures lock the account for a while.</summary>
public sealed class SignInModel(UserDirectory users) : PageModel
{
    public string? Error { get; private set; }

    public string? UserName { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl)
    {
        UserName = userName;
        ReturnUrl = returnUrl;
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            Error = "请填写登录名和密码";
            return Page();
        }
        var client = HttpContext.Connection.RemoteIpAddress?.ToString();
        switch (await users.SignInAsync(userName, password, client, HttpContext.RequestAborted))
        {
            case SignInOutcome.Success success:
                await HttpContext.SignInAsync(Authentication.Cookie, Caller.Principal(success.User, Authentication.Cookie));
                if (success.User.MustChangePassword) return LocalRedirect("/account?first=true");
                return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : Landing(success.User.Role));
            case SignInOutcome.LockedOut locked:
                Error = $"登录失败次数过多，账户已锁定至 {locked.Until.ToLocalTime():yyyy-MM-dd HH:mm}";
                return Page();
            default:
                Error = "登录名或密码不正确";
                return Page();
        }
    }

    /// <summary>Where a person's work is, when they signed in without asking for a page: 填报, 审核 or 管理.</summary>
    public static string Landing(UserRole role) => role switch
    {
        UserRole.UnitPreparer => "/work",
        UserRole.DepartmentReviewer or UserRole.BureauReviewer => "/review",
        _ => "/admin",
    };
}

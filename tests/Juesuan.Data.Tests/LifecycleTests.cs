namespace Juesuan.Data.Tests;

/// <summary>The lifecycle is one table: who may do what in which status, and where each action leads.</summary>
public class LifecycleTests
{
    private static readonly DisclosureLifecycle WithBureau = new(new WorkflowOptions(BureauReview: true));
    private static readonly DisclosureLifecycle WithoutBureau = new(new WorkflowOptions(BureauReview: false));

    [Theory]
    [InlineData(DisclosureStatus.Draft, true)]
    [InlineData(DisclosureStatus.Returned, true)]
    [InlineData(DisclosureStatus.Submitted, false)]
    [InlineData(DisclosureStatus.DepartmentApproved, false)]
    [InlineData(DisclosureStatus.Approved, false)]
    [InlineData(DisclosureStatus.Published, false)]
    public void Only_a_draft_or_a_returned_disclosure_is_edited_and_only_by_its_preparer(DisclosureStatus status, bool editable)
    {
        Assert.Equal(editable, DisclosureLifecycle.Editable(status));
        Assert.Equal(editable, WithBureau.May(UserRole.UnitPreparer, UnitAction.Edit, status));
        Assert.All([UserRole.Administrator, UserRole.BureauReviewer, UserRole.DepartmentReviewer], role => Assert.False(WithBureau.May(role, UnitAction.Edit, status)));
    }

    [Fact]
    public void With_a_bureau_review_the_department_approves_to_the_bureau_and_only_the_bureau_publishes()
    {
        Assert.Equal(DisclosureStatus.DepartmentApproved, WithBureau.RowFor(UnitAction.Approve, UserRole.DepartmentReviewer).To);
        Assert.True(WithBureau.May(UserRole.BureauReviewer, UnitAction.Approve, DisclosureStatus.DepartmentApproved));
        Assert.False(WithBureau.May(UserRole.BureauReviewer, UnitAction.Approve, DisclosureStatus.Submitted));
        Assert.False(WithBureau.RoleMay(UserRole.DepartmentReviewer, UnitAction.Publish));
        Assert.Equal([DisclosureStatus.Submitted], WithBureau.Waiting(UserRole.DepartmentReviewer));
        Assert.Equal([DisclosureStatus.DepartmentApproved, DisclosureStatus.Approved], WithBureau.Waiting(UserRole.BureauReviewer));
    }

    [Fact]
    public void Without_a_bureau_review_the_department_approval_is_final_and_the_department_publishes()
    {
        Assert.Equal(DisclosureStatus.Approved, WithoutBureau.RowFor(UnitAction.Approve, UserRole.DepartmentReviewer).To);
        Assert.False(WithoutBureau.May(UserRole.BureauReviewer, UnitAction.Approve, DisclosureStatus.DepartmentApproved));
        Assert.True(WithoutBureau.May(UserRole.DepartmentReviewer, UnitAction.Publish, DisclosureStatus.Approved));
        Assert.Equal([DisclosureStatus.Submitted, DisclosureStatus.Approved], WithoutBureau.Waiting(UserRole.DepartmentReviewer));
    }

    [Fact]
    public void The_bureau_returns_anything_not_yet_published_the_department_only_what_was_submitted_to_it()
    {
        Assert.Equal([DisclosureStatus.Submitted, DisclosureStatus.DepartmentApproved, DisclosureStatus.Approved],
            Enum.GetValues<DisclosureStatus>().Where(s => WithBureau.May(UserRole.BureauReviewer, UnitAction.Return, s)));
        Assert.Equal([DisclosureStatus.Submitted], Enum.GetValues<DisclosureStatus>().Where(s => WithBureau.May(UserRole.DepartmentReviewer, UnitAction.Return, s)));
    }

    [Fact]
    public void Every_action_has_a_chinese_name_and_every_move_leads_somewhere_else()
    {
        Assert.All(Enum.GetValues<UnitAction>(), a => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", DisclosureLifecycle.ActionName(a)));
        Assert.All(Enum.GetValues<DisclosureStatus>(), s => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", DisclosureLifecycle.StatusName(s)));
        Assert.All(WithBureau.Transitions.Where(t => t.To is not null), t => Assert.DoesNotContain(t.To!.Value, t.From));
    }
}

using Helpline.Safety.Disclosures;

namespace Helpline.Safety.Tests.Disclosures;

public class DisclosureCategoriesTests
{
    [Fact]
    public void CodesAreStableKebabCase()
    {
        Assert.Equal(
            ["self-harm", "immediate-danger", "confinement", "missing-person", "documents-taken", "forced-work",
             "sexual-exploitation", "debt-bondage", "abuse-at-home", "asks-for-person", "worried-about-someone"],
            DisclosureCategories.All.Select(c => c.Code()));
    }

    [Fact]
    public void EveryCodeParsesBackToItsCategory()
    {
        foreach (var category in Enum.GetValues<DisclosureCategory>())
        {
            Assert.True(DisclosureCategories.TryParse(category.Code(), out var parsed));
            Assert.Equal(category, parsed);
        }
        Assert.False(DisclosureCategories.TryParse("Self-Harm", out _));
        Assert.False(DisclosureCategories.TryParse(null, out _));
    }

    [Theory]
    [InlineData(DisclosureCategory.SelfHarm, DisclosurePriority.P1)]
    [InlineData(DisclosureCategory.ImmediateDanger, DisclosurePriority.P1)]
    [InlineData(DisclosureCategory.Confinement, DisclosurePriority.P1)]
    [InlineData(DisclosureCategory.MissingPerson, DisclosurePriority.P1)]
    [InlineData(DisclosureCategory.DocumentsTaken, DisclosurePriority.P2)]
    [InlineData(DisclosureCategory.ForcedWork, DisclosurePriority.P2)]
    [InlineData(DisclosureCategory.SexualExploitation, DisclosurePriority.P2)]
    [InlineData(DisclosureCategory.DebtBondage, DisclosurePriority.P2)]
    [InlineData(DisclosureCategory.AbuseAtHome, DisclosurePriority.P2)]
    [InlineData(DisclosureCategory.AsksForPerson, DisclosurePriority.P3)]
    [InlineData(DisclosureCategory.WorriedAboutSomeone, DisclosurePriority.P3)]
    public void PrioritiesFollowTheDomainBrief(DisclosureCategory category, DisclosurePriority priority)
    {
        Assert.Equal(priority, category.Priority());
    }

    [Fact]
    public void SelfHarmAndImmediateDangerCanNeverBeCancelled()
    {
        foreach (var category in new[] { DisclosureCategory.SelfHarm, DisclosureCategory.ImmediateDanger })
        {
            Assert.False(category.CanBeNegated());
            Assert.False(category.CanBeQuestioned());
        }
    }

    [Fact]
    public void EveryCategoryIsDocumented()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "disclosure-categories.md"));
        foreach (var category in DisclosureCategories.All)
        {
            Assert.Contains($"| `{category.Code()}` | {category.Priority()} |", doc);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Helpline.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("Helpline.sln not found above the test output");
    }
}

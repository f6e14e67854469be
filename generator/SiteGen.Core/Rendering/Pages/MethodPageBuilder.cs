using SiteGen.Derivation;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>"How we judge progress": every category in plain words, with the thresholds this site is built with.</summary>
public static class MethodPageBuilder
{
    public static PageToRender Build(SiteContext site)
    {
        var path = site.Routes.Method;
        var thresholds = site.Facts.Thresholds;
        return new PageToRender(path, new MethodPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = [site.HomeCrumb(path)],
            OnCourse = thresholds.OnCourse * 100,
            NotFastEnough = thresholds.NotFastEnough * 100,
            LittleProgress = thresholds.LittleProgress * 100,
            SimilarWithin = thresholds.SimilarWithin * 100,
            Example = JudgementViews.Pace(MethodExample.Judge(thresholds)),
            Categories = Enum.GetValues<ProgressJudgement>().Select(j => new MethodCategory(ViewKinds.Of(j), ViewKinds.Of(ProgressStatusRule.Of(j)))).ToList(),
            Reasons = Enum.GetValues<NotJudgedReason>().Where(r => r != NotJudgedReason.NotReported).Select(ViewKinds.Of).ToList(),
        });
    }
}

namespace SiteGen.Pipeline;

/// <summary>The stages a build reports, in order. Rendering is the long one and counts its pages.</summary>
public enum BuildStage
{
    ReadingContent,
    RenderingPages,
    Writing,
}

/// <summary>How far a build has got: the stage, and for rendering how many of how many pages.</summary>
public readonly record struct BuildProgress(BuildStage Stage, int Done, int Total);

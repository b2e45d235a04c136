namespace Sitrep.Documents;

/// <summary>The annotation layers of a <see cref="Document"/>, for stages to declare what they read and write.</summary>
[Flags]
public enum Layers
{
    /// <summary>Nothing.</summary>
    None = 0,
    /// <summary>Sentences and tokens.</summary>
    Sentences = 1,
    /// <summary>Counts.</summary>
    Numbers = 2,
    /// <summary>Time expressions and the publication date.</summary>
    Times = 4,
    /// <summary>Attributions and hedges.</summary>
    Attributions = 8,
    /// <summary>Toponyms.</summary>
    Toponyms = 16,
    /// <summary>Actor mentions.</summary>
    Actors = 32,
    /// <summary>Events and facts.</summary>
    Events = 64,
}

/// <summary>One pipeline stage: takes a document, adds its layers to it.</summary>
public interface IStage
{
    /// <summary>Layers that must be present before this stage runs.</summary>
    Layers Requires { get; }

    /// <summary>Layers this stage fills.</summary>
    Layers Produces { get; }

    /// <summary>Annotates the document in place.</summary>
    void Process(Document document);
}

/// <summary>Stages run in order, checked when built so that a missing stage is named, not discovered later.</summary>
public sealed class Pipeline
{
    readonly IReadOnlyList<IStage> _stages;

    /// <summary>Builds a pipeline; throws <see cref="ArgumentException"/> if a stage needs layers no earlier stage produces.</summary>
    public Pipeline(params IReadOnlyList<IStage> stages)
    {
        var available = Layers.None;
        foreach (var stage in stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layers.None)
                throw new ArgumentException($"Stage {stage.GetType().Name} needs {missing}, which no earlier stage produces; add that stage before it.", nameof(stages));
            available |= stage.Produces;
        }
        _stages = stages;
    }

    /// <summary>Runs every stage over the document and returns it.</summary>
    public Document Run(Document document)
    {
        foreach (var stage in _stages) stage.Process(document);
        return document;
    }
}

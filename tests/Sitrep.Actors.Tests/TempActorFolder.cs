namespace Sitrep.Actors.Tests;

/// <summary>A temporary actor data folder holding an entry file and one other data file, for tests of how files load.</summary>
sealed class TempActorFolder : IDisposable
{
    readonly string _folder = Directory.CreateTempSubdirectory("sitrep-actors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Writes actors.tsv and <paramref name="file"/> and loads the folder.</summary>
    public ActorDictionary Load(string actors, string file, string content)
    {
        File.WriteAllText(Path.Combine(_folder, "actors.tsv"), actors);
        File.WriteAllText(Path.Combine(_folder, file), content);
        return ActorDictionary.Load(_folder);
    }
}

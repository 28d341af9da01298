namespace Helpline.Dialogs.Directory;

/// <summary>The shape of one <c>locales/directory/&lt;CC&gt;.yaml</c> file, as YamlDotNet reads it.</summary>
internal sealed class HelplineDirectoryFile
{
    public string? Country { get; set; }

    public List<Entry>? Entries { get; set; }

    internal sealed class Entry
    {
        public string? Kind { get; set; }
        public string? Number { get; set; }
        public EntryName? Name { get; set; }
        public string? Hours { get; set; }
        public string? Cost { get; set; }
        public string? Source { get; set; }
        public string? LastVerified { get; set; }
        public bool Unverified { get; set; }
        public string? Note { get; set; }
    }

    internal sealed class EntryName
    {
        public string? Local { get; set; }
        public string? En { get; set; }
    }
}

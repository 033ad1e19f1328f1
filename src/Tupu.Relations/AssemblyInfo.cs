using System.Runtime.CompilerServices;

// Tests check the shipped lexicon's entries directly.
[assembly: InternalsVisibleTo("Tupu.Relations.Tests")]

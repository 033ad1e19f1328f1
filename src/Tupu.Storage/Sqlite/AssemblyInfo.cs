using System.Runtime.CompilerServices;

// Tests interrupt writes between steps (SqliteGraphStore.StepHook) to prove all-or-nothing.
[assembly: InternalsVisibleTo("Tupu.Storage.Tests")]

namespace Tupu.Bolt.Pooling;

/// <summary>Whether work needs the cluster's writer or may go to a reader.</summary>
internal enum AccessMode
{
    Write,
    Read,
}

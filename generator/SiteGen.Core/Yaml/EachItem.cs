namespace SiteGen.Yaml;

/// <summary>
/// Walks a read-only list by index. A <c>foreach</c> over <see cref="IReadOnlyList{T}"/> itself allocates an enumerator,
/// and the checks that walk every node of every file (placeholders, Markdown depth) made about 10 MB of them at 100 councils
/// (sampled by the runtime's allocation events).
/// </summary>
public static class EachItem
{
    public static Items<T> Each<T>(this IReadOnlyList<T> list) => new(list);

    public readonly struct Items<T>(IReadOnlyList<T> list)
    {
        public Enumerator GetEnumerator() => new(list);

        public struct Enumerator(IReadOnlyList<T> list)
        {
            private int _index = -1;

            public readonly T Current => list[_index];

            public bool MoveNext() => ++_index < list.Count;
        }
    }
}

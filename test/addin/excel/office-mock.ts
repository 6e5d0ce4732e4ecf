import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock only needs the OfficeApp enum from office-addin-manifest, whose ESM
// dependencies jest cannot load from a nested node_modules; give it the enum alone.
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' } }));

/**
 * office-addin-mock objects that (1) record every load() call, so tests can assert them, and
 * (2) are all synced by context.sync(), also those created later by getRange()/getItem(). A property
 * read without load() stays "Error, property was not loaded", so a missing load breaks the result.
 */
export class MockWorld {
  readonly loads: { path: string; props: string }[] = [];
  readonly calls: string[] = [];
  private readonly all: OfficeMockObject[] = [];

  make(path: string, data: Record<string, unknown>): any {
    const m = new OfficeMockObject(data, 'excel' as never) as any;
    this.record(m, path);
    this.all.push(m);
    return m;
  }

  /** Wraps load() of a mock and of every nested object mock ("sheet.protection"). */
  private record(m: any, path: string): void {
    const load = m.load.bind(m);
    m.load = (props: string | string[]) => {
      const list = Array.isArray(props) ? props.join(',') : props;
      this.loads.push({ path, props: list });
      // collections: the mock keeps `items` as a plain array, so load it whole
      return load(list.replace(/items\/\w+/g, 'items'));
    };
    for (const [key, child] of (m._properties as Map<string, any>).entries()) if (child._isObject) this.record(child, `${path}.${key}`);
  }

  /** A function that records its call as "path.name(args)". */
  fn<T>(path: string, impl: (...args: any[]) => T = () => undefined as T) {
    return (...args: any[]) => {
      this.calls.push(`${path}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
      return impl(...args);
    };
  }

  async sync(): Promise<void> {
    for (const m of this.all) await (m as any).sync();
  }

  /** Installs global Excel with Excel.run calling back with a context over `workbook`. */
  install(workbook: any): void {
    const context = { workbook, sync: () => this.sync() };
    (globalThis as any).Excel = { run: async (cb: (c: unknown) => unknown) => cb(context) };
  }

  loaded(path: string): string[] {
    return this.loads.filter((l) => l.path === path).map((l) => l.props);
  }
}

/** A range mock with the format tree the excel layer writes to. */
export function mockRange(w: MockWorld, path: string, values: unknown[][] = [[]], address = 'A1'): any {
  return w.make(path, {
    values,
    address,
    numberFormat: [[]],
    format: { font: {}, fill: {}, protection: {}, columnWidth: 0, wrapText: false },
    dataValidation: { clear: w.fn(`${path}.dataValidation.clear`) },
    clear: w.fn(`${path}.clear`),
  });
}

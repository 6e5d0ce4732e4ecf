import { DataSource } from 'typeorm';

/** Counts the SQL statements a piece of work sends to the database. */
export async function countStatements<T>(ds: DataSource, work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const spy = jest.spyOn(ds.logger, 'logQuery').mockImplementation((query: string) => {
    statements.push(query);
  });
  try {
    return { result: await work(), statements };
  } finally {
    spy.mockRestore();
  }
}

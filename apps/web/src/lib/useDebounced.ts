import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms` (typing in a number field asks the server once). */
export function useDebounced<T>(value: T, ms = 400): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}

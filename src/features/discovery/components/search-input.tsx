import { CloseButton, Kbd, TextInput } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useRef, useState } from 'react';

interface SearchInputProps {
  value: string;
  onSearch: (query: string) => void;
}

/**
 * The catalog's search box. Typing searches after a short pause; Enter searches at once;
 * `/` focuses it from anywhere on the page.
 */
export function SearchInput({ value, onSearch }: SearchInputProps) {
  const [text, setText] = useState(value);
  const inputRef = useRef<HTMLInputElement>(null);
  const debouncedSearch = useDebouncedCallback(onSearch, 300);

  // Follow the URL when it changes from outside (back button, a link), adjusting during render.
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
  }
  useHotkeys([['/', () => inputRef.current?.focus()]]);

  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        debouncedSearch.cancel();
        onSearch(text);
      }}
    >
      <TextInput
        ref={inputRef}
        size="md"
        type="search"
        label="Search data products"
        placeholder="Words in names, purposes, tags, owners or columns"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          debouncedSearch(event.currentTarget.value);
        }}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSectionWidth={text ? 36 : 44}
        rightSection={
          text ? (
            <CloseButton
              aria-label="Clear the search box"
              onClick={() => {
                setText('');
                debouncedSearch.cancel();
                onSearch('');
                inputRef.current?.focus();
              }}
            />
          ) : (
            <Kbd size="xs" aria-hidden title="Press / to search">
              /
            </Kbd>
          )
        }
      />
    </form>
  );
}
